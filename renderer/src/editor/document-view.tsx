import { memo, useEffect, useRef, useState } from 'react';
import { CLOSING_BODY, PREAMBLE_BODY } from '../../../main/common/collab/doc-names';
import { OutlineOps } from '../../../main/common/collab/outline-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import type { OutlineRow } from './collab/use-outline';
import { usePlanReadOnly } from './collab/use-plan-read-only';
import { InlineTextField } from './fields/inline-text-field';
import { useTitleLines } from './fields/use-title-lines';
import { MountScheduler, MountSchedulerContext } from './mount-scheduler';
import { useLabel } from './numbering/use-label';
import { usePageEnv } from './page-env';
import { SectionBody } from './section-editor';
import { AnnexView, annexFocusKeys } from './annex-view';
import { useAnnex } from './collab/use-annex';
import { useStackedMargins } from './review/stack-margins';

/**
 * The page: title, preamble, every section's heading and body editor, closing, then the 印发通知 and
 * the attachments, stacked on one A4 column so they read as one document; the focus chain links them
 * for the keyboard.
 */
export const DocumentView = memo(function DocumentView({ rows, title, guidance }: {
  rows: OutlineRow[];
  title: string;
  guidance(bodyId: string): string;
}) {
  const { chain, active, session, numbering } = usePageEnv();
  const readOnly = usePlanReadOnly(session);
  // The 印发通知 and attachments follow the plan on the page (annex-view.tsx).
  const annex = useAnnex(session);
  // 修订/批注 cards beside one section never run into the next section's (stack-margins.ts).
  const pageRef = useRef<HTMLElement>(null);
  useStackedMargins(pageRef);
  const lines = useTitleLines();
  useEffect(() => numbering.setAnnex(annex), [numbering, annex]);
  // Sections show as text at once; their editors mount near the screen first, the rest when idle.
  const [scheduler] = useState(() => new MountScheduler());
  useEffect(() => {
    scheduler.start();
    return () => scheduler.stop();
  }, [scheduler]);
  useEffect(() => {
    chain.setOrder(['title', `body:${PREAMBLE_BODY}`, ...rows.flatMap((r) => [`title:${r.id}`, `body:${r.id}`]), `body:${CLOSING_BODY}`, ...annexFocusKeys(annex)]);
  }, [chain, rows, annex]);
  return (
    <MountSchedulerContext.Provider value={scheduler}>
    <article className="page" aria-label="计划正文" ref={pageRef}>
      <h1 className="doc-title">
        <InlineTextField value={title} onChange={(t) => PlanDoc.setMeta(session.planDoc, 'title', t)} label="计划标题" focusKey="title"
          readOnly={readOnly} lineBreaks lines={lines} onFocus={() => active.enterSection(PREAMBLE_BODY)} />
      </h1>
      <SectionBody bodyId={PREAMBLE_BODY} guidance={guidance(PREAMBLE_BODY)} label="制定依据（导语）" />
      {rows.map((r) => (
        <section key={r.id} className="doc-section" id={`sec-${r.id}`} data-section-id={r.id}>
          <SectionHeading row={r} readOnly={readOnly} />
          <SectionBody bodyId={r.id} guidance={guidance(r.id)} label={`${r.title}正文`} assignee={r.assignee} />
        </section>
      ))}
      <SectionBody bodyId={CLOSING_BODY} guidance={guidance(CLOSING_BODY)} label="结束语" />
      <AnnexView annex={annex} readOnly={readOnly} />
    </article>
    </MountSchedulerContext.Provider>
  );
});

const SectionHeading = memo(function SectionHeading({ row, readOnly }: { row: OutlineRow; readOnly: boolean }) {
  const { numbering, active, session } = usePageEnv();
  const label = useLabel(numbering, row.id);
  const Tag = row.level === 1 ? 'h2' : 'h3';
  return (
    <Tag className={row.level === 1 ? 'doc-h1' : 'doc-h2'}>
      <span contentEditable={false} className="heading-label">{label}</span>
      <InlineTextField value={row.title} label="章节标题" focusKey={`title:${row.id}`} readOnly={readOnly}
        onChange={(t) => OutlineOps.rename(session.planDoc, { id: row.id, title: t })}
        onFocus={() => active.enterSection(row.id)} />
    </Tag>
  );
});
