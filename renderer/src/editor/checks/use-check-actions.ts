import { useMemo } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { Finding } from '../../../../main/common/checks/finding';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { ATTACHMENT_TITLE_FIELD, SECTION_TITLE_FIELD } from '../../../../main/common/checks/finding-text';
import { NOTICE_BODY } from '../../../../main/common/collab/doc-names';
import { DOCUMENT_FIELD_KEYS, type DocumentFieldKey } from '../../../../main/common/collab/document-fields';
import { textPoint } from '../fields/caret-offset';
import type { FocusChain } from '../focus-chain';
import { applyFixInEditor, applyFixInPlanDoc, applyFixesInEditor, fixTargetsBody } from './apply-fix-command';
import type { CheckPanelActions } from './check-panel';
import type { CheckStore } from './check-store';
import { blockRangeOf, slateRangeOf } from './finding-range';
import { editOffPage } from './off-page-editor';
import type { PlanSession } from '../collab/plan-session';

/** Scroll a section's heading (or a body's editor) into view, below the sticky toolbar. */
function reveal(bodyId: string): void {
  const el = document.getElementById(`sec-${bodyId}`) ?? document.querySelector(`[data-body-id="${CSS.escape(bodyId)}"]`);
  el?.scrollIntoView({ block: 'start' });
}

/**
 * Select [start, end) of the 印发通知's or an attachment's title (annex-view.tsx): the selection is the
 * highlight, as in the editors.
 */
function selectTitle(bodyId: string, f: Finding): void {
  const host = document.querySelector(`[data-annex-title="${CSS.escape(bodyId)}"]`);
  // The title is an InlineTextField inside the marked span (its text nodes, one per shown line, hold the title).
  const el = host?.querySelector<HTMLElement>('.inline-field') ?? (host as HTMLElement | null);
  const start = el && textPoint(el, f.where.start ?? 0);
  const end = el && textPoint(el, f.where.end ?? Number.MAX_SAFE_INTEGER);
  if (!el || !start || !end) {
    el?.scrollIntoView({ block: 'center' });
    return;
  }
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  const sel = window.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
  el.scrollIntoView({ block: 'center' });
}

/** Select the finding's text in its editor (the selection is the highlight) and bring it to the middle of the screen. */
function selectIn(editor: Editor, f: Finding): void {
  const r = blockRangeOf(editor.children, f.where);
  const range = (r && slateRangeOf(editor, r)) ?? Editor.start(editor, []);
  ReactEditor.focus(editor);
  Transforms.select(editor, range);
  try {
    const dom = ReactEditor.toDOMRange(editor, 'anchor' in range ? range : { anchor: range, focus: range });
    (dom.startContainer.parentElement ?? null)?.scrollIntoView({ block: 'center' });
  } catch {
    // Not laid out yet (content-visibility): the section is already scrolled to.
  }
}

/**
 * What the 体检 panel and the export dialog do with a finding: go there (open the section, scroll,
 * select the range; a meta field opens 文件信息) and apply its fix (in the body's editor, or on the plan doc).
 */
export function useCheckActions(args: {
  session: PlanSession; checks: CheckStore; chain: FocusChain; openField(field: DocumentFieldKey): void;
}): CheckPanelActions {
  const { session, checks, chain, openField } = args;
  return useMemo(() => {
    const editorFor = async (bodyId: string): Promise<Editor | null> => {
      const now = checks.editorOf(bodyId);
      if (now) return now;
      reveal(bodyId);
      // Focusing a body whose editor is not mounted mounts it (section-editor.tsx).
      chain.focus(`body:${bodyId}`, 'start');
      return checks.whenEditor(bodyId);
    };
    const jump = (f: Finding) => {
      const { field, sectionId } = f.where;
      if (sectionId === undefined) {
        if (field === 'title') chain.focus('title', 'end');
        else if (field === 'noticeTitle') {
          reveal(NOTICE_BODY);
          requestAnimationFrame(() => selectTitle(NOTICE_BODY, f));
        }
        else if (field && (DOCUMENT_FIELD_KEYS as readonly string[]).includes(field)) openField(field as DocumentFieldKey);
        return;
      }
      reveal(sectionId);
      if (field === SECTION_TITLE_FIELD) {
        chain.focus(`title:${sectionId}`, 'end');
        return;
      }
      if (field === ATTACHMENT_TITLE_FIELD) {
        requestAnimationFrame(() => selectTitle(sectionId, f));
        return;
      }
      void editorFor(sectionId).then((editor) => {
        if (editor) {
          reveal(sectionId);
          requestAnimationFrame(() => selectIn(editor, f));
        }
      });
    };
    /** Edit a body in its page editor (mounted on demand), or headless when the page does not show it. */
    const editBody = (bodyId: string, edit: (editor: Editor) => void) => {
      if (!PlanDoc.pageBodyIds(session.planDoc).includes(bodyId)) {
        void editOffPage(session.body(bodyId), edit);
        return;
      }
      void editorFor(bodyId).then((editor) => {
        if (editor) edit(editor);
      });
    };
    const fix = (f: Finding) => {
      if (!f.fix) return;
      if (!fixTargetsBody(f)) {
        if (!applyFixInPlanDoc(session.planDoc, { finding: f })) jump(f);
        return;
      }
      const bodyId = (f.fix.kind === 'replace-text' ? f.fix.where?.sectionId : undefined) ?? f.where.sectionId;
      if (!bodyId) return;
      editBody(bodyId, (editor) => {
        if (!applyFixInEditor(editor, { finding: f })) jump(f);
      });
    };
    const fixAll = (list: readonly Finding[]) => {
      const byBody = new Map<string, Finding[]>();
      // Later places first, so a fix that changes a length does not move the others (same text).
      const onDoc = list.filter((f) => f.fix && !fixTargetsBody(f)).sort((a, b) => (b.fix?.kind === 'replace-text' ? b.fix.start : 0) - (a.fix?.kind === 'replace-text' ? a.fix.start : 0));
      session.planDoc.transact(() => {
        for (const f of onDoc) applyFixInPlanDoc(session.planDoc, { finding: f });
      });
      for (const f of list) {
        if (!f.fix || !fixTargetsBody(f)) continue;
        const bodyId = (f.fix.kind === 'replace-text' ? f.fix.where?.sectionId : undefined) ?? f.where.sectionId;
        if (bodyId) byBody.set(bodyId, [...(byBody.get(bodyId) ?? []), f]);
      }
      // In the editors that are mounted (one undo step each); the others through their documents, without
      // mounting and scrolling to each in turn (a long plan would push the editors on screen out of the budget).
      for (const [bodyId, found] of byBody) {
        const editor = checks.editorOf(bodyId);
        if (editor) applyFixesInEditor(editor, { findings: found });
        else void editOffPage(session.body(bodyId), (e) => applyFixesInEditor(e, { findings: found }));
      }
    };
    return { jump, fix, fixAll };
  }, [session, checks, chain, openField]);
}
