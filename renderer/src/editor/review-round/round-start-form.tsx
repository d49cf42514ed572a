import { useState } from 'react';
import { localIsoDate } from '../../../../main/common/model/chinese-date';

export interface RoundStart {
  name: string;
  deadline: string;
  departments: string[];
}

const NAMES = ['征求意见稿', '送审稿'];

/** A week from today: the usual time given to departments for a 征求意见稿 (the owner changes it). */
function inAWeek(): string {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  return localIsoDate(d);
}

/** 发起征求意见: which draft, which departments, by when. */
export function RoundStartForm({ departments, busy, onStart, onCancel }: {
  departments: string[]; busy: boolean; onStart(s: RoundStart): void; onCancel(): void;
}) {
  const [name, setName] = useState(NAMES[0]!);
  const [deadline, setDeadline] = useState(inAWeek);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(departments));
  const [error, setError] = useState<string | null>(null);
  const toggle = (d: string) => setChosen((s) => {
    const next = new Set(s);
    if (next.has(d)) next.delete(d);
    else next.add(d);
    return next;
  });
  const start = () => {
    if (chosen.size === 0) return setError('请至少选择一个征求意见的部门。');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline)) return setError('请选择反馈截止日期。');
    if (deadline < localIsoDate(new Date())) return setError('反馈截止日期不能早于今天。');
    setError(null);
    onStart({ name: name.trim() || NAMES[0]!, deadline, departments: departments.filter((d) => chosen.has(d)) });
  };
  return (
    <div className="round-start">
      <p className="muted">向有关部门发送本计划征求意见：每个部门得到一个修订邀请，其在正文中的输入成为本部门的修订和批注，不直接改动正文；逾期未反馈的，视同无意见。</p>
      <label>文稿名称 <input aria-label="文稿名称" list="round-names" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <datalist id="round-names">{NAMES.map((n) => <option key={n} value={n} />)}</datalist>
      <label>反馈截止日期 <input type="date" aria-label="反馈截止日期" value={deadline} onChange={(e) => setDeadline(e.target.value)} /></label>
      <fieldset className="round-departments">
        <legend>征求意见的部门（{chosen.size}/{departments.length}）</legend>
        {departments.length === 0 && <p className="muted">计划中还没有部门，请先在“部门名录”中添加。</p>}
        {departments.map((d) => (
          <label key={d}><input type="checkbox" checked={chosen.has(d)} onChange={() => toggle(d)} /> {d}</label>
        ))}
      </fieldset>
      {error && <p className="error-text" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>取消</button>
        <button type="button" className="primary" disabled={busy} onClick={start}>{busy ? '正在发起…' : '发起征求意见'}</button>
      </div>
    </div>
  );
}
