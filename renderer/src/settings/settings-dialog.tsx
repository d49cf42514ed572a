import { useState, type FormEvent } from 'react';
import { useEscape } from '../ui/use-escape';
import { PRESENCE_COLORS, type UserSettings } from './user-settings';

/** 设置: name, department and colour shown to co-editors with the cursor. */
export function SettingsDialog({ initial, departments, firstTime, onSave, onCancel }: {
  initial: UserSettings | null;
  departments: readonly string[];
  firstTime: boolean;
  onSave(s: UserSettings): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(initial?.name ?? '');
  const [dept, setDept] = useState(initial?.dept ?? '');
  const [color, setColor] = useState(initial?.color ?? PRESENCE_COLORS[0]!);
  const [error, setError] = useState<string | null>(null);
  // Esc cancels, except the first time: co-editing needs a name.
  useEscape(() => { if (!firstTime) onCancel(); });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError('请填写姓名，协同编辑时同事会看到它。');
      return;
    }
    onSave({ name: name.trim().slice(0, 30), dept: dept.trim().slice(0, 80), color });
  };
  return (
    <div className="dialog-backdrop">
      <form className="dialog" role="dialog" aria-label="设置" onSubmit={submit}>
        <h2>设置</h2>
        {firstTime && <p className="muted">首次打开计划，请填写您的姓名和部门。协同编辑时，同事会看到您的光标和姓名。</p>}
        <label>姓名<input value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={30} /></label>
        <label>部门
          <input value={dept} onChange={(e) => setDept(e.target.value)} list="settings-departments" maxLength={80} />
          <datalist id="settings-departments">{departments.map((d) => <option key={d} value={d} />)}</datalist>
        </label>
        <fieldset className="color-choices">
          <legend>光标颜色</legend>
          {PRESENCE_COLORS.map((c) => (
            <button key={c} type="button" className={c === color ? 'swatch selected' : 'swatch'} style={{ background: c }}
              aria-label={`颜色 ${c}`} aria-pressed={c === color} onClick={() => setColor(c)} />
          ))}
        </fieldset>
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="dialog-actions">
          {!firstTime && <button type="button" onClick={onCancel}>取消</button>}
          <button type="submit" className="primary">保存</button>
        </div>
      </form>
    </div>
  );
}
