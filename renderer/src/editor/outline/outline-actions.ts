import * as Y from 'yjs';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { Ids } from '../../../../main/common/model/ids';
import { textDiff } from '../fields/text-diff';
import { insertionIndex, moveBefore, stepMove, type Move, type OutlineRowLike } from './outline-moves';

/** The raw outline array with levels from the records (records missing: treated as level 1). */
function rawRows(doc: Y.Doc): OutlineRowLike[] {
  const records = PlanDoc.records.sections(doc);
  return PlanDoc.records.outline(doc).toArray().map((id) => ({ id, level: records.get(id)?.get('level') === 2 ? 2 : 1 }));
}

/** Reorder = moving ids in 'outline' (never content: COEDITING.md §3), in one transaction. */
function apply(doc: Y.Doc, m: Move | null): boolean {
  if (!m) return false;
  const outline = PlanDoc.records.outline(doc);
  doc.transact(() => {
    const ids = outline.slice(m.from, m.from + m.count);
    outline.delete(m.from, m.count);
    outline.insert(m.to, ids);
  });
  return true;
}

export const OutlineActions = {
  step(doc: Y.Doc, id: string, dir: -1 | 1): boolean {
    return apply(doc, stepMove(rawRows(doc), id, dir));
  },
  moveBefore(doc: Y.Doc, id: string, targetId: string | null): boolean {
    return apply(doc, moveBefore(rawRows(doc), id, targetId));
  },
  /**
   * A new section with a fresh id; its body doc is seeded by the server when first opened. `mintId`
   * lets the convergence fuzz replay a seed with the same ids.
   */
  add(doc: Y.Doc, currentId: string | null, level: 1 | 2, title: string, mintId: () => string = () => Ids.create('s')): string {
    const rows = rawRows(doc);
    const lvl = rows.length === 0 ? 1 : level;
    const id = mintId();
    doc.transact(() => {
      const rec = new Y.Map<unknown>();
      rec.set('level', lvl);
      rec.set('kind', 'other');
      rec.set('title', new Y.Text(title));
      rec.set('assignee', null);
      PlanDoc.records.sections(doc).set(id, rec);
      PlanDoc.records.outline(doc).insert(insertionIndex(rows, currentId, lvl), [id]);
    });
    return id;
  },
  /** Assign a section to a department (null: nobody); a plain record field, last writer wins. */
  assign(doc: Y.Doc, id: string, department: string | null): void {
    PlanDoc.records.sections(doc).get(id)?.set('assignee', department);
  },
  remove(doc: Y.Doc, id: string): void {
    const outline = PlanDoc.records.outline(doc);
    doc.transact(() => {
      // Every copy: a concurrent move may have duplicated the id.
      for (let i = outline.length - 1; i >= 0; i--) if (outline.get(i) === id) outline.delete(i, 1);
      PlanDoc.records.sections(doc).delete(id);
    });
  },
  rename(ytitle: Y.Text, next: string): void {
    const d = textDiff(ytitle.toString(), next);
    ytitle.doc!.transact(() => {
      if (d.remove > 0) ytitle.delete(d.index, d.remove);
      if (d.insert) ytitle.insert(d.index, d.insert);
    });
  },
};
