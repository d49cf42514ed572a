import { memo, useMemo } from 'react';
import { NOTICE_BODY } from '../../../main/common/collab/doc-names';
import { OutlineOps } from '../../../main/common/collab/outline-ops';
import type { AnnexAttachment, PlanAnnex } from '../../../main/common/collab/plan-doc';
import { Numbering, type NumberingScheme } from '../../../main/common/model/numbering';
import { EditorEnvContext, useEditorEnv } from './editor-env';
import { InlineTextField } from './fields/inline-text-field';
import { useLabel } from './numbering/use-label';
import { usePageEnv } from './page-env';
import { SectionBody } from './section-editor';

/** Focus-chain keys of the annex, in page order (after the closing). */
export function annexFocusKeys(annex: PlanAnnex): string[] {
  const keys = annex.notice ? [`body:${NOTICE_BODY}`] : [];
  for (const a of annex.attachments) {
    if (a.kind === 'table') keys.push(`body:${a.id}`);
    for (const s of a.sections) keys.push(`title:${s.id}`, `body:${s.id}`);
  }
  return keys;
}

/**
 * The 印发通知 and the attachments, after the plan on the page: each body in an editor like a section's
 * (co-edited, underlined by the 体检, reached from the 体检 panel). Their titles are marked
 * `data-annex-title` so a finding on a title can select it; the notice's title is edited in 文件信息.
 */
export function AnnexView({ annex, readOnly }: { annex: PlanAnnex; readOnly: boolean }) {
  if (!annex.notice && annex.attachments.length === 0) return null;
  const many = annex.attachments.length > 1;
  return (
    <div className="doc-annex" aria-label="印发通知与附件">
      {annex.notice && (
        <section className="doc-section annex-part" id={`sec-${NOTICE_BODY}`} data-section-id={NOTICE_BODY}>
          <h2 className="annex-heading">
            <span className="annex-kind" contentEditable={false}>印发通知</span>
            <span className="annex-title" data-annex-title={NOTICE_BODY}>{annex.notice.title}</span>
          </h2>
          <SectionBody bodyId={NOTICE_BODY} guidance="印发通知的正文" label="印发通知正文" />
        </section>
      )}
      {annex.attachments.map((a, i) => (
        <AttachmentView key={a.id} attachment={a} name={many ? `附件${i + 1}` : '附件'} readOnly={readOnly} />
      ))}
    </div>
  );
}

function AttachmentView({ attachment: a, name, readOnly }: { attachment: AnnexAttachment; name: string; readOnly: boolean }) {
  // Its items are numbered by its own scheme (a 办法's 第X条　), so its views hear of it.
  const env = useEditorEnv();
  const scoped = useMemo(() => ({ ...env, scheme: a.scheme }), [env, a.scheme]);
  return (
    <EditorEnvContext.Provider value={scoped}>
      <div className="annex-part" id={`sec-${a.id}`} data-section-id={a.id}>
        <h2 className="annex-heading">
          <span className="annex-kind">{name}</span>
          <span className="annex-title" data-annex-title={a.id}>{a.title}</span>
        </h2>
        {a.kind === 'task-table' && <p className="muted annex-note">任务分解表由各项措施生成，导出时附在正文之后。</p>}
        {a.kind === 'table' && <SectionBody bodyId={a.id} guidance="" label={`${name}正文`} />}
        {a.sections.map((s) => (
          <section key={s.id} className="doc-section" id={`sec-${s.id}`} data-section-id={s.id}>
            <AnnexSectionHeading id={s.id} title={s.title} level={s.level} scheme={a.scheme} readOnly={readOnly} />
            <SectionBody bodyId={s.id} guidance="" label={`${name}${s.title}正文`} assignee={s.assignee} />
          </section>
        ))}
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
