import { memo, useMemo, useState } from 'react';
import { AnnexOps, noticeTitleFor } from '../../../main/common/collab/annex-ops';
import { NOTICE_BODY } from '../../../main/common/collab/doc-names';
import { DocumentFields } from '../../../main/common/collab/document-fields';
import { OutlineOps } from '../../../main/common/collab/outline-ops';
import { PlanDoc, type AnnexAttachment, type PlanAnnex } from '../../../main/common/collab/plan-doc';
import { AnnexAddBar, AnnexDeleteButton, AnnexSectionAdd, type AnnexUndo } from './annex-controls';
import { Numbering, type NumberingScheme } from '../../../main/common/model/numbering';
import { EditorEnvContext, useEditorEnv } from './editor-env';
import { InlineTextField } from './fields/inline-text-field';
import { useLabel } from './numbering/use-label';
import { usePageEnv } from './page-env';
import { SectionBody } from './section-editor';
import { useTitleLines } from './fields/use-title-lines';

/** Focus-chain keys of the annex, in page order (after the closing). */
export function annexFocusKeys(annex: PlanAnnex): string[] {
  const keys = annex.notice ? [`title:${NOTICE_BODY}`, `body:${NOTICE_BODY}`] : [];
  for (const a of annex.attachments) {
    keys.push(`title:${a.id}`);
    if (a.kind === 'table') keys.push(`body:${a.id}`);
    for (const s of a.sections) keys.push(`title:${s.id}`, `body:${s.id}`);
  }
  return keys;
}

/**
 * The 印发通知 and the attachments, after the plan on the page: each body in an editor like a section's
 * (co-edited, underlined by the 体检, reached from the 体检 panel), each title edited in place. Titles are
 * marked `data-annex-title` so a finding on a title can select it. The owner and edit grants add and
 * delete the notice and attachments here (annex-controls.tsx); a deletion can be taken back at once.
 */
export function AnnexView({ annex, readOnly }: { annex: PlanAnnex; readOnly: boolean }) {
  const { session } = usePageEnv();
  const doc = session.planDoc;
  const [undo, setUndo] = useState<AnnexUndo>(null);
  const lines = useTitleLines();
  if (readOnly && !annex.notice && annex.attachments.length === 0) return null;
  const many = annex.attachments.length > 1;
  const takeBack = () => {
    if (undo?.kind === 'attachment') AnnexOps.restoreAttachment(doc, undo.removed);
    if (undo?.kind === 'notice') AnnexOps.addNotice(doc, { title: noticeTitleFor(PlanDoc.meta(doc)) });
    setUndo(null);
  };
  return (
    <div className="doc-annex" aria-label="印发通知与附件">
      {annex.notice && (
        <section className="doc-section annex-part" id={`sec-${NOTICE_BODY}`} data-section-id={NOTICE_BODY}>
          <h2 className="annex-heading">
            <span className="annex-kind" contentEditable={false}>印发通知</span>
            <span className="annex-title" data-annex-title={NOTICE_BODY}>
              <InlineTextField value={annex.notice.title} label="印发通知标题" focusKey={`title:${NOTICE_BODY}`} readOnly={readOnly} lines={lines}
                onChange={(t) => DocumentFields.setNoticeTitle(doc, t)} />
            </span>
            {!readOnly && (
              <AnnexDeleteButton what="印发通知" message="删除印发通知？导出时计划将不再以通知印发；通知的文字保留，重新添加印发通知即可恢复。"
                onConfirm={() => { AnnexOps.removeNotice(doc); setUndo({ kind: 'notice' }); }} />
            )}
          </h2>
          <SectionBody bodyId={NOTICE_BODY} guidance="印发通知的正文" label="印发通知正文" />
        </section>
      )}
      {annex.attachments.map((a, i) => {
        const name = many ? `附件${i + 1}` : '附件';
        return (
          <AttachmentView key={a.id} attachment={a} name={name} readOnly={readOnly} lines={lines}
            onDelete={() => {
              const removed = AnnexOps.removeAttachment(doc, { id: a.id });
              if (removed) setUndo({ kind: 'attachment', name: `${name}“${a.title}”`, removed });
            }} />
        );
      })}
      {!readOnly && <AnnexAddBar hasNotice={annex.notice !== null} undo={undo} onUndo={takeBack} onDismiss={() => setUndo(null)} />}
    </div>
  );
}

function AttachmentView({ attachment: a, name, readOnly, lines, onDelete }: {
  attachment: AnnexAttachment; name: string; readOnly: boolean; lines(title: string): string[]; onDelete(): void;
}) {
  // Its items are numbered by its own scheme (a 办法's 第X条　), so its views hear of it.
  const env = useEditorEnv();
  const { session } = usePageEnv();
  const scoped = useMemo(() => ({ ...env, scheme: a.scheme }), [env, a.scheme]);
  const body = a.kind === 'document' ? '及其各章节正文' : a.kind === 'table' ? '及其内容' : '';
  return (
    <EditorEnvContext.Provider value={scoped}>
      <div className="annex-part" id={`sec-${a.id}`} data-section-id={a.id}>
        <h2 className="annex-heading">
          <span className="annex-kind" contentEditable={false}>{name}</span>
          <span className="annex-title" data-annex-title={a.id}>
            <InlineTextField value={a.title} label={`${name}标题`} focusKey={`title:${a.id}`} readOnly={readOnly} lines={lines}
              onChange={(t) => AnnexOps.renameAttachment(session.planDoc, { id: a.id, title: t })} />
          </span>
          {!readOnly && (
            <AnnexDeleteButton what="附件" message={`删除${name}“${a.title}”${body}？删除后可立即撤销，或从版本记录中恢复。`} onConfirm={onDelete} />
          )}
        </h2>
        {a.kind === 'task-table' && <p className="muted annex-note">任务分解表由各项措施生成，导出时附在正文之后。</p>}
        {a.kind === 'table' && <SectionBody bodyId={a.id} guidance="" label={`${name}正文`} />}
        {a.sections.map((s) => (
          <section key={s.id} className="doc-section" id={`sec-${s.id}`} data-section-id={s.id}>
            <AnnexSectionHeading id={s.id} title={s.title} level={s.level} scheme={a.scheme} readOnly={readOnly} />
            <SectionBody bodyId={s.id} guidance="" label={`${name}${s.title}正文`} assignee={s.assignee} />
          </section>
        ))}
        {a.kind === 'document' && !readOnly && <AnnexSectionAdd attachmentId={a.id} name={name} sectionIds={a.sections.map((s) => s.id)} />}
      </div>
    </EditorEnvContext.Provider>
  );
}
const AnnexSectionHeading = memo(function AnnexSectionHeading({ id, title, level, scheme, readOnly }: {
  id: string; title: string; level: 1 | 2; scheme: NumberingScheme; readOnly: boolean;
}) {
  const { numbering, active, session } = usePageEnv();
  const label = useLabel(numbering, id);
  const Tag = level === 1 ? 'h3' : 'h4';
  return (
    <Tag className={`${level === 1 ? 'doc-h1' : 'doc-h2'} annex-h scheme-${scheme}`}>
      <span contentEditable={false} className="heading-label">{label}{Numbering.gap(scheme, level, 'heading')}</span>
      <InlineTextField value={title} label="附件章节标题" focusKey={`title:${id}`} readOnly={readOnly}
        onChange={(t) => OutlineOps.rename(session.planDoc, { id, title: t })}
        onFocus={() => active.enterSection(id)} />
    </Tag>
  );
});
