import { useId, useState, type KeyboardEvent } from 'react';
import type { Department } from '../../../../main/common/model/department';
import type { UnitSuggestion } from '../../../../main/common/units/units';

/** The department a typed name means: its current name, or the one listing it as an alias (质监局 …). */
export function resolveUnit(departments: readonly Department[], typed: string): string | null {
  const t = typed.trim();
  if (!t) return null;
  const hit = departments.find((d) => d.name === t || d.aliases.includes(t));
  return hit ? hit.name : null;
}

/** Units as tags, with type-ahead over the plan's department list and "add a new unit to the list". */
export function UnitPicker({ label, units, departments, suggest, onChange, onAddDepartment }: {
  label: string;
  units: readonly string[];
  departments: readonly Department[];
  /** Current name for an outdated name or abbreviation (质监局 → 旗市场监督管理局). */
  suggest(name: string): UnitSuggestion | null;
  onChange(next: string[]): void;
  onAddDepartment(name: string): void;
}) {
  const [typed, setTyped] = useState('');
  const listId = useId();
  const resolved = resolveUnit(departments, typed);
  const suggestion = typed.trim() && !resolved ? suggest(typed.trim()) : null;
  const suggested = suggestion ? resolveUnit(departments, suggestion.current) ?? suggestion.current : null;
  const choose = (name: string) => {
    if (!units.includes(name)) onChange([...units, name]);
    setTyped('');
  };
  const addNew = () => {
    const name = typed.trim();
    if (!name) return;
    onAddDepartment(name);
    choose(name);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    if (resolved) choose(resolved);
  };
  return (
    <div className="unit-picker" role="group" aria-label={label}>
      <div className="unit-picker-label">{label}</div>
      <ul className="unit-tags">
        {units.map((u) => (
          <li key={u} className="unit-tag">{u}
            <button type="button" aria-label={`移除 ${u}`} onClick={() => onChange(units.filter((x) => x !== u))}>×</button>
          </li>
        ))}
      </ul>
      <input value={typed} list={listId} placeholder="输入单位名称或简称" aria-label={`添加${label}`}
        onChange={(e) => {
          const v = e.target.value;
          // Choosing a datalist option fills the whole name at once: take it.
          if (departments.some((d) => d.name === v) && !units.includes(v)) choose(v);
          else setTyped(v);
        }}
        onKeyDown={onKeyDown} />
      <datalist id={listId}>
        {departments.filter((d) => !units.includes(d.name)).map((d) => <option key={d.name} value={d.name}>{d.aliases.join('、')}</option>)}
      </datalist>
      {typed.trim() && resolved && resolved !== typed.trim() && (
        <button type="button" className="link" onClick={() => choose(resolved)}>使用现名“{resolved}”</button>
      )}
      {suggestion && suggested && (
        <p className="unit-suggestion">
          {suggestion.reason}。
          <button type="button" className="link" onClick={() => {
            if (!departments.some((d) => d.name === suggested)) onAddDepartment(suggested);
            choose(suggested);
          }}>使用现名“{suggested}”</button>
        </p>
      )}
      {typed.trim() && !resolved && (
        <button type="button" className="link" onClick={addNew}>将“{typed.trim()}”添加到部门列表</button>
      )}
    </div>
  );
}
