import { Editor, Transforms } from 'slate';
import type * as Y from 'yjs';
import type { Finding } from '../../../../main/common/checks/finding';
import { ATTACHMENT_TITLE_FIELD, SECTION_TITLE_FIELD } from '../../../../main/common/checks/finding-text';
import { AnnexOps } from '../../../../main/common/collab/annex-ops';
import { DocumentFields } from '../../../../main/common/collab/document-fields';
import { OutlineOps } from '../../../../main/common/collab/outline-ops';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import type { PlanMeta } from '../../../../main/common/model/meta';
import { setItemFields } from '../commands/set-item-fields';
import { blockRangeOf, slateRangeOf } from './finding-range';

/** Does this fix change a body (so it needs the body's editor), or the plan doc? */
export function fixTargetsBody(f: Finding): boolean {
  if (!f.fix) return false;
  if (f.fix.kind === 'set-units') return true;
  if (f.fix.kind === 'set-field') return false;
  const where = f.fix.where ?? f.where;
  return !where.field && where.sectionId !== undefined;
}

/**
 * Apply a body finding's fix in its section's editor (a Slate command: collaborators get it as any
 * edit, and it undoes as one). The same as checks/apply-fix.ts does on plan JSON.
 */
export function applyFixInEditor(editor: Editor, args: { finding: Finding; select?: boolean }): boolean {
  const { fix, where } = args.finding;
  if (!fix) return false;
  if (fix.kind === 'set-units') {
    setItemFields(editor, { id: fix.itemId, patch: { ...(fix.leadUnits ? { leadUnits: fix.leadUnits } : {}), ...(fix.supportUnits ? { supportUnits: fix.supportUnits } : {}) } });
    return true;
  }
  if (fix.kind !== 'replace-text') return false;
  const target = blockRangeOf(editor.children, { ...(fix.where ?? where), start: fix.start, end: fix.end });
  const range = target && slateRangeOf(editor, target);
  if (!range) return false;
  Editor.withoutNormalizing(editor, () => {
    // The caret lands on the fixed text (one fix); a batch leaves the user's selection alone.
    if (args.select !== false) Transforms.select(editor, range);
    if (fix.text) Transforms.insertText(editor, fix.text, { at: range });
    else Transforms.delete(editor, { at: range });
  });
  return true;
}

/**
 * Apply many replace-text fixes of one body in its editor, as one undo step: from the last place in the
 * body to the first, so a fix that changes a text's length does not move the places still to fix
 * (a paragraph's offsets count the items before it). Returns how many were applied.
 */
export function applyFixesInEditor(editor: Editor, args: { findings: readonly Finding[] }): number {
  const places = args.findings.flatMap((f) => {
    if (f.fix?.kind !== 'replace-text') return [];
    const r = blockRangeOf(editor.children, { ...(f.fix.where ?? f.where), start: f.fix.start, end: f.fix.end });
    return r ? [{ f, r }] : [];
  });
  places.sort((a, b) => b.r.block - a.r.block || b.r.start - a.r.start);
  let n = 0;
  Editor.withoutNormalizing(editor, () => {
    for (const { f } of places) if (applyFixInEditor(editor, { finding: f, select: false })) n++;
  });
  return n;
}

const splice = (s: string, start: number, end: number, text: string) => s.slice(0, start) + text + s.slice(end);

/**
 * Apply a fix on the plan doc: set-field, or text in a meta field, a section's title or the notice's
 * title, each through its one owner (PlanDoc, OutlineOps, DocumentFields). False when the place is gone.
 */
export function applyFixInPlanDoc(doc: Y.Doc, args: { finding: Finding }): boolean {
  const { fix, where } = args.finding;
  if (!fix) return false;
  if (fix.kind === 'set-field') return PlanDoc.setMeta(doc, fix.field as keyof PlanMeta, fix.value as never);
  if (fix.kind !== 'replace-text') return false;
  const at = fix.where ?? where;
  if (at.field === SECTION_TITLE_FIELD && at.sectionId) {
    // A section of the plan or of a document attachment (the 体检 reads both).
    const row = [...PlanDoc.outline(doc), ...PlanDoc.annex(doc).attachments.flatMap((a) => a.sections)].find((s) => s.id === at.sectionId);
    if (!row) return false;
    OutlineOps.rename(doc, { id: row.id, title: splice(row.title, fix.start, fix.end, fix.text) });
    return true;
  }
  if (at.field === ATTACHMENT_TITLE_FIELD && at.sectionId) {
    const a = PlanDoc.attachmentList(doc).find((x) => x.id === at.sectionId);
    if (!a) return false;
    AnnexOps.renameAttachment(doc, { id: a.id, title: splice(a.title, fix.start, fix.end, fix.text) });
    return true;
  }
  if (at.field === 'noticeTitle') {
    const title = DocumentFields.noticeTitle(doc);
    if (title === null) return false;
    DocumentFields.setNoticeTitle(doc, splice(title, fix.start, fix.end, fix.text));
    return true;
  }
  const field = at.field as keyof PlanMeta | undefined;
  if (!field) return false;
  const value = PlanDoc.meta(doc)[field];
  if (typeof value !== 'string') return false;
  return PlanDoc.setMeta(doc, field, splice(value, fix.start, fix.end, fix.text) as never);
}
