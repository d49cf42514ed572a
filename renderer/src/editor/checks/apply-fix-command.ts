import { Editor, Transforms } from 'slate';
import type * as Y from 'yjs';
import type { Finding } from '../../../../main/common/checks/finding';
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
export function applyFixInEditor(editor: Editor, args: { finding: Finding }): boolean {
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
    Transforms.select(editor, range);
    if (fix.text) Transforms.insertText(editor, fix.text, { at: range });
    else Transforms.delete(editor, { at: range });
  });
  return true;
}

/** Apply a fix on the plan's own fields (set-field, or text in a meta field) through the plan doc's owner. */
export function applyFixInPlanDoc(doc: Y.Doc, args: { finding: Finding }): boolean {
  const { fix, where } = args.finding;
  if (!fix) return false;
  if (fix.kind === 'set-field') return PlanDoc.setMeta(doc, fix.field as keyof PlanMeta, fix.value as never);
  if (fix.kind !== 'replace-text') return false;
  const field = (fix.where ?? where).field as keyof PlanMeta | undefined;
  if (!field) return false;
  const value = PlanDoc.meta(doc)[field];
  if (typeof value !== 'string') return false;
  return PlanDoc.setMeta(doc, field, (value.slice(0, fix.start) + fix.text + value.slice(fix.end)) as never);
}
