import { useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { AnnexOps, noticeTitleFor, type NewAttachmentKind, type RemovedAttachment } from '../../../main/common/collab/annex-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { ConfirmDialog } from '../home/confirm-dialog';
import { usePageEnv } from './page-env';

/** What was just deleted, for the 撤销 bar (a removed attachment goes back with its ids, so its text too). */
export type AnnexUndo = { kind: 'attachment'; name: string; removed: RemovedAttachment } | { kind: 'notice' } | null;

const KIND_CHOICES: Array<{ kind: NewAttachmentKind; label: string; hint: string }> = [
  { kind: 'document', label: '文档附件', hint: '按“一、（一）1.”分章节' },
  { kind: 'regulation', label: '办法、细则', hint: '按“第一章”“第一条”编排' },
  { kind: 'table', label: '表格附件', hint: '正文中插入表格' },
  { kind: 'task-table', label: '工作任务分解表', hint: '由各项措施生成' },
];

/**
 * 添加印发通知 / 添加附件 at the foot of the page, for the owner and edit grants (annex-view.tsx hides it
 * for the others: the server keeps their plan doc read-only). A new attachment's title takes the focus.
 */
export function AnnexAddBar({ hasNotice, undo, onUndo, onDismiss }: {
  hasNotice: boolean; undo: AnnexUndo; onUndo(): void; onDismiss(): void;
}) {
  const { session, chain } = usePageEnv();
  const doc = session.planDoc;
  const [choosing, setChoosing] = useState(false);
  const add = (kind: NewAttachmentKind) => {
    setChoosing(false);
    const id = AnnexOps.addAttachment(doc, { kind });
    requestAnimationFrame(() => chain.focus(`title:${id}`, 'end'));
  };
  const addNotice = () => {
    AnnexOps.addNotice(doc, { title: noticeTitleFor(PlanDoc.meta(doc)) });
    requestAnimationFrame(() => document.getElementById('sec-notice')?.scrollIntoView({ block: 'start' }));
  };
  const taskTable = AnnexOps.hasTaskTable(doc);
  return (
    <div className="annex-add-bar" contentEditable={false}>
      {undo && (
        <p className="annex-undo" role="status" aria-label="删除提示">
          {undo.kind === 'notice' ? '已删除印发通知（其文字保留，重新添加即可恢复）。' : `已删除${undo.name}。`}
          <button type="button" onClick={onUndo}>撤销</button>
          <button type="button" className="annex-undo-close" aria-label="关闭提示" onClick={onDismiss}>×</button>
        </p>
      )}
      <div className="annex-add-actions">
        {!hasNotice && <button type="button" className="annex-control" onClick={addNotice}>＋ 添加印发通知</button>}
        <button type="button" className="annex-control" aria-expanded={choosing} onClick={() => setChoosing((v) => !v)}>＋ 添加附件</button>
      </div>
      {choosing && (
        <ul className="annex-kind-menu" role="menu" aria-label="附件类型">
          {KIND_CHOICES.filter((c) => c.kind !== 'task-table' || !taskTable).map((c) => (
            <li key={c.kind}>
              <button type="button" role="menuitem" onClick={() => add(c.kind)}>{c.label}<span className="muted">{c.hint}</span></button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The 删除 button of the notice or an attachment, with its confirmation. */
export function AnnexDeleteButton({ what, message, onConfirm }: { what: string; message: string; onConfirm(): void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="annex-control annex-delete" contentEditable={false} onClick={() => setConfirming(true)}>删除{what}</button>
      {/* In <body>: inside the page's heading it would take the heading's type and the page's containment. */}
      {confirming && createPortal(
        <ConfirmDialog title={`删除${what}`} message={message} confirmLabel="删除"
          onCancel={() => setConfirming(false)} onConfirm={() => { setConfirming(false); onConfirm(); }} />,
        document.body,
      )}
    </>
  );
}

/**
 * ＋ 章节 / ＋ 小节 under a document attachment, as in the 导航窗格 (outline-pane.tsx): after the attachment's
 * section the caret is in, else at its end; the new title takes the focus for typing.
 */
export function AnnexSectionAdd({ attachmentId, name, sectionIds }: { attachmentId: string; name: string; sectionIds: readonly string[] }) {
  const { session, chain, active } = usePageEnv();
  const current = useSyncExternalStore(active.subscribe, () => active.get().bodyId);
  const add = (level: 1 | 2) => {
    const after = current && sectionIds.includes(current) ? current : null;
    const id = AnnexOps.addSection(session.planDoc, { attachmentId, after, level, title: level === 1 ? '新章节' : '新小节' });
    if (id) requestAnimationFrame(() => chain.focus(`title:${id}`, 'end'));
  };
  return (
    <div className="annex-add-actions annex-section-actions" contentEditable={false}>
      <button type="button" className="annex-control" aria-label={`${name}添加章节`} onClick={() => add(1)}>＋ 章节</button>
      <button type="button" className="annex-control" aria-label={`${name}添加小节`} onClick={() => add(2)} disabled={sectionIds.length === 0}>＋ 小节</button>
    </div>
  );
}
