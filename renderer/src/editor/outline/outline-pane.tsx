import { memo, useState, useSyncExternalStore, type DragEvent } from 'react';
import type { OutlineRow } from '../collab/use-outline';
import { useLabel } from '../numbering/use-label';
import { useSectionPresence } from '../presence/use-section-presence';
import { usePageEnv } from '../page-env';
import { OutlineOps } from '../../../../main/common/collab/outline-ops';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { usePlanReadOnly } from '../collab/use-plan-read-only';
import { ConfirmDialog } from '../../home/confirm-dialog';

/** 导航窗格: sections in order with derived numbers; jump, add, rename, delete, reorder (buttons or drag). */
export const OutlinePane = memo(function OutlinePane({ rows, onJump }: { rows: OutlineRow[]; onJump(id: string): void }) {
  const { session, active } = usePageEnv();
  const doc = session.planDoc;
  // Read-only and department invites cannot change the outline: the server drops such writes.
  const readOnly = usePlanReadOnly(session);
  const current = useSyncExternalStore(active.subscribe, () => active.get().bodyId);
  const currentSection = rows.some((r) => r.id === current) ? current : null;
  const [dragId, setDragId] = useState<string | null>(null);
  const add = (level: 1 | 2) => {
    const id = OutlineOps.add(doc, { after: currentSection, level, title: level === 1 ? '新章节' : '新小节' });
    // The new heading mounts on the next render; then its title takes the focus for typing.
    requestAnimationFrame(() => onJump(id));
  };
  const drop = (e: DragEvent, targetId: string | null) => {
    e.preventDefault();
    const id = dragId ?? e.dataTransfer.getData('text/x-section-id');
    if (id) OutlineOps.moveBefore(doc, { id, before: targetId });
    setDragId(null);
  };
  return (
    <nav className="outline-pane" aria-label="导航窗格">
      <div className="pane-title">导航</div>
      <ol className="outline-list">
        {rows.map((r) => (
          <OutlineItem key={r.id} row={r} current={r.id === currentSection} readOnly={readOnly}
            onJump={onJump} onDragStart={(id) => setDragId(id)} onDrop={drop} />
        ))}
        <li className="outline-drop-end" onDragOver={(e) => e.preventDefault()} onDrop={(e) => drop(e, null)} />
      </ol>
      {readOnly ? <p className="outline-note">只读：可查看，不能调整章节</p> : (
        <div className="outline-actions">
          <button type="button" onClick={() => add(1)}>＋ 章节</button>
          <button type="button" onClick={() => add(2)} disabled={rows.length === 0}>＋ 小节</button>
        </div>
      )}
    </nav>
  );
});

function OutlineItem({ row, current, readOnly, onJump, onDragStart, onDrop }: {
  row: OutlineRow;
  current: boolean;
  readOnly: boolean;
  onJump(id: string): void;
  onDragStart(id: string): void;
  onDrop(e: DragEvent, targetId: string): void;
}) {
  const { session, numbering, user } = usePageEnv();
  const label = useLabel(numbering, row.id);
  const [renaming, setRenaming] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const mine = row.assignee !== null && row.assignee === user.dept;
  const visitors = useSectionPresence(session, row.id);
  const doc = session.planDoc;
  const [confirming, setConfirming] = useState(false);
  const remove = () => setConfirming(true);
  return (
    <li className={`outline-row level-${row.level}${current ? ' current' : ''}`} data-section-id={row.id}
      draggable={!readOnly} onDragStart={(e) => { e.dataTransfer.setData('text/x-section-id', row.id); onDragStart(row.id); }}
      onDragOver={(e) => e.preventDefault()} onDrop={(e) => onDrop(e, row.id)}>
      {renaming ? (
        <input className="outline-rename" aria-label="章节标题" defaultValue={row.title} autoFocus
          onBlur={(e) => { OutlineOps.rename(doc, { id: row.id, title: e.target.value.trim() || row.title }); setRenaming(false); }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            if (e.key === 'Escape') setRenaming(false);
          }} />
      ) : (
        <button type="button" className="outline-link" onClick={() => onJump(row.id)} onDoubleClick={() => !readOnly && setRenaming(true)}>
          <span className="outline-label">{label}</span>{row.title || '（无标题）'}
        </button>
      )}
      {row.assignee && (
        <span className={`outline-assignee${mine ? ' mine' : ''}`} title={`分配给${row.assignee}`}>
          {mine ? '待我填写' : row.assignee}
        </span>
      )}
      {assigning && (
        <select className="outline-assign" aria-label={`分配 ${row.title}`} autoFocus value={row.assignee ?? ''}
          onBlur={() => setAssigning(false)}
          onChange={(e) => { OutlineOps.assign(doc, { id: row.id, department: e.target.value || null }); setAssigning(false); }}>
          <option value="">（不分配）</option>
          {PlanDoc.departments(doc).map((d) => <option key={d.name} value={d.name}>{d.name}</option>)}
        </select>
      )}
      {visitors.length > 0 && (
        <span className="outline-visitors" aria-label={`正在编辑：${visitors.map((v) => v.name).join('、')}`}>
          {visitors.map((v) => <span key={v.clientId} className="presence-dot" style={{ background: v.color }} title={v.name} />)}
        </span>
      )}
      {!readOnly && <span className="outline-tools">
        <button type="button" title="上移" aria-label={`上移 ${row.title}`} onClick={() => OutlineOps.step(doc, { id: row.id, dir: -1 })}>↑</button>
        <button type="button" title="下移" aria-label={`下移 ${row.title}`} onClick={() => OutlineOps.step(doc, { id: row.id, dir: 1 })}>↓</button>
        <button type="button" title="重命名" aria-label={`重命名 ${row.title}`} onClick={() => setRenaming(true)}>✎</button>
        <button type="button" title="分配给部门" aria-label={`分配部门 ${row.title}`} onClick={() => setAssigning(true)}>⚑</button>
        <button type="button" title="删除" aria-label={`删除 ${row.title}`} onClick={remove}>×</button>
      </span>}
      {confirming && (
        <ConfirmDialog title="删除章节" message={`删除“${label}${row.title}”？该节正文将从计划中移除。`} confirmLabel="删除"
          onCancel={() => setConfirming(false)} onConfirm={() => { setConfirming(false); OutlineOps.remove(doc, { id: row.id }); }} />
      )}
    </li>
  );
}
