import * as Y from 'yjs';
import { Ids } from '../model/ids';
import { insertionIndex, moveBefore, stepMove, type Move, type OutlineRowLike } from './outline-moves';
import { PlanDocRoots as P } from './plan-doc-roots';
import { newSectionRecord } from './section-records';
import { setTextField } from './text-diff';

/** The raw outline array with levels from the records (records missing: treated as level 1). */
function rawRows(doc: Y.Doc): OutlineRowLike[] {
  const records = P.sections(doc);
  return P.outline(doc).toArray().map((id) => ({ id, level: records.get(id)?.get('level') === 2 ? 2 : 1 }));
}

/** Reorder = moving ids in 'outline' (never content: docs/coediting.md), in one transaction. */
function apply(doc: Y.Doc, m: Move | null): boolean {
  if (!m) return false;
  const outline = P.outline(doc);
  doc.transact(() => {
    const ids = outline.slice(m.from, m.from + m.count);
    outline.delete(m.from, m.count);
    outline.insert(m.to, ids);
  });
  return true;
}

export interface AddSectionArgs {
  /** The section the cursor is in (a new level 1 goes after its block, a level 2 inside it); null: at the end. */
  after: string | null;
  level: 1 | 2;
  title: string;
  /** A fresh id by default; the convergence fuzz passes its own to replay a seed with the same ids. */
  mintId?: () => string;
}

/**
 * Changes of the plan's outline (the outline pane, the page's section titles), each one transaction on
 * the plan doc. Moves return whether anything moved; add returns the new section's id.
 */
export const OutlineOps = {
  /** ↑ / ↓: one step; a level-1 section takes its sub-sections along. */
  step(doc: Y.Doc, args: { id: string; dir: -1 | 1 }): boolean {
    return apply(doc, stepMove(rawRows(doc), args.id, args.dir));
  },

  /** Drag and drop: before another section, or to the end when `before` is null. */
  moveBefore(doc: Y.Doc, args: { id: string; before: string | null }): boolean {
    return apply(doc, moveBefore(rawRows(doc), args.id, args.before));
  },

  /** A new section with a fresh id; its body doc is seeded by the server when first opened. */
  add(doc: Y.Doc, args: AddSectionArgs): string {
    const rows = rawRows(doc);
    const level = rows.length === 0 ? 1 : args.level;
    const id = (args.mintId ?? (() => Ids.create('s')))();
    doc.transact(() => {
      P.sections(doc).set(id, newSectionRecord({ level, kind: 'other', title: args.title, assignee: null }));
      P.outline(doc).insert(insertionIndex(rows, args.after, level), [id]);
    });
    return id;
  },

  /** Assign a section to a department (null: nobody); a plain record field, last writer wins. */
  assign(doc: Y.Doc, args: { id: string; department: string | null }): void {
    P.sections(doc).get(args.id)?.set('assignee', args.department);
  },

  remove(doc: Y.Doc, args: { id: string }): void {
    const outline = P.outline(doc);
    doc.transact(() => {
      // Every copy: a concurrent move may have duplicated the id.
      for (let i = outline.length - 1; i >= 0; i--) if (outline.get(i) === args.id) outline.delete(i, 1);
      P.sections(doc).delete(args.id);
    });
  },

  /**
   * A title field's whole new value, applied as the one replacement it differs by, so a colleague typing
   * elsewhere in the same title keeps their characters. A title that is not a Y.Text (malformed record)
   * gets one.
   */
  rename(doc: Y.Doc, args: { id: string; title: string }): void {
    const rec = P.sections(doc).get(args.id);
    if (!(rec instanceof Y.Map)) return;
    doc.transact(() => setTextField(rec, 'title', args.title));
  },
};
