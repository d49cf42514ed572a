import { useState } from 'react';
import { DepartmentOps, type UnitRename } from '../../../main/common/collab/department-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import type { Department } from '../../../main/common/model/department';
import { ConfirmDialog } from '../home/confirm-dialog';
import { useEscape } from '../ui/use-escape';
import type { PlanSession } from './collab/plan-session';
import { usePlanDoc } from './collab/use-plan-doc';

const sameDepartments = (a: Department[], b: Department[]) => JSON.stringify(a) === JSON.stringify(b);

/** Rename a unit in the measures of every body of the plan (each body doc in one transaction). */
function renameInBodies(session: PlanSession, r: UnitRename | null): void {
  if (!r) return;
  for (const id of PlanDoc.bodyIds(session.planDoc)) DepartmentOps.renameUnits(session.body(id).doc, r);
}

/**
 * 部门名录: the plan's member departments with their aliases (简称、曾用名). The owner and edit grants
 * add, rename (the old name is kept as an alias), merge (measures and assignees move to the kept one)
 * and edit aliases; others read.
 */
export function DepartmentDirectoryDialog({ session, onClose }: { session: PlanSession; onClose(): void }) {
  const departments = usePlanDoc(session.planDoc, 'departments', PlanDoc.departments, sameDepartments);
  const readOnly = session.planReadOnly;
  const [filter, setFilter] = useState('');
  const [added, setAdded] = useState('');
  const [editing, setEditing] = useState<{ name: string; newName: string; aliases: string } | null>(null);
  const [mergeFrom, setMergeFrom] = useState<string | null>(null);
  const [mergeInto, setMergeInto] = useState('');
  const [confirmMerge, setConfirmMerge] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEscape(() => { if (!confirmMerge) onClose(); });

  const f = filter.trim();
  const shown = departments.filter((d) => !f || d.name.includes(f) || d.aliases.some((a) => a.includes(f)));
  const exists = (name: string) => departments.some((d) => d.name === name);

  const add = () => {
    const name = added.trim();
    if (!name) return;
    if (exists(name)) return setError(`“${name}”已在名录中。`);
    PlanDoc.addDepartment(session.planDoc, { name, aliases: [] });
    setAdded('');
    setError(null);
  };
  const save = () => {
    if (!editing) return;
    const newName = editing.newName.trim();
    if (!newName) return setError('部门名称不能为空。');
    if (newName !== editing.name && exists(newName)) return setError(`“${newName}”已在名录中；如是同一部门，请用“合并”。`);
    const aliases = editing.aliases.split(/[，,、\s]+/).filter(Boolean);
    DepartmentOps.setAliases(session.planDoc, editing.name, aliases);
    if (newName !== editing.name) renameInBodies(session, DepartmentOps.rename(session.planDoc, editing.name, newName));
    setEditing(null);
    setError(null);
  };
  const merge = () => {
    if (mergeFrom && mergeInto) renameInBodies(session, DepartmentOps.merge(session.planDoc, mergeInto, mergeFrom));
    setConfirmMerge(false);
    setMergeFrom(null);
    setMergeInto('');
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog dept-directory" role="dialog" aria-modal="true" aria-label="部门名录">
        <h2>部门名录</h2>
        {readOnly && <p className="muted">只读：只有计划所有者和有编辑权限的成员可以修改名录。</p>}
        <input aria-label="筛选部门" placeholder="按名称、简称或曾用名筛选" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="dept-directory-rows">
          <table>
            <thead><tr><th>部门名称</th><th>简称／别名／曾用名</th>{!readOnly && <th>操作</th>}</tr></thead>
            <tbody>
              {shown.map((d) => editing?.name === d.name ? (
                <tr key={d.name}>
                  <td><input aria-label="新名称" value={editing.newName} onChange={(e) => setEditing({ ...editing, newName: e.target.value })} /></td>
                  <td><input aria-label="别名" value={editing.aliases} placeholder="用顿号或逗号分隔" onChange={(e) => setEditing({ ...editing, aliases: e.target.value })} /></td>
                  <td><button type="button" className="primary" onClick={save}>保存</button> <button type="button" onClick={() => setEditing(null)}>取消</button></td>
                </tr>
              ) : (
                <tr key={d.name}>
                  <td>{d.name}</td>
                  <td>{d.aliases.join('、') || <span className="muted">—</span>}</td>
                  {!readOnly && (
                    <td>
                      <button type="button" onClick={() => setEditing({ name: d.name, newName: d.name, aliases: d.aliases.join('、') })} aria-label={`编辑 ${d.name}`}>改名／别名</button>{' '}
                      <button type="button" onClick={() => { setMergeFrom(d.name); setMergeInto(''); }} aria-label={`合并 ${d.name}`}>合并到…</button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {mergeFrom && !readOnly && (
          <p>
            将“{mergeFrom}”合并到{' '}
            <select aria-label="合并到" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
              <option value="">（选择保留的部门）</option>
              {departments.filter((d) => d.name !== mergeFrom).map((d) => <option key={d.name} value={d.name}>{d.name}</option>)}
            </select>{' '}
            <button type="button" className="primary" disabled={!mergeInto} onClick={() => setConfirmMerge(true)}>合并</button>{' '}
            <button type="button" onClick={() => setMergeFrom(null)}>取消</button>
          </p>
        )}
        {!readOnly && (
          <p>
            <input aria-label="新增部门" placeholder="新增部门名称" value={added} onChange={(e) => setAdded(e.target.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') add(); }} />{' '}
            <button type="button" onClick={add}>新增</button>
          </p>
        )}
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="dialog-actions"><button type="button" onClick={onClose}>关闭</button></div>
      </div>
      {confirmMerge && mergeFrom && (
        <ConfirmDialog title="合并部门" confirmLabel="合并" confirmKind="primary"
          message={`将“${mergeFrom}”合并到“${mergeInto}”：各项措施的责任单位和章节分工改为“${mergeInto}”，“${mergeFrom}”作为其曾用名保留。`}
          onCancel={() => setConfirmMerge(false)} onConfirm={merge} />
      )}
    </div>
  );
}
