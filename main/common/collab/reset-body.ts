import { slateNodesToInsertDelta } from '@slate-yjs/core';
import * as Y from 'yjs';
import { Paragraph } from '../model/paragraph';
import { BodyDoc } from './body-doc';
import { BODY_SHAPE, shapeViolation } from './doc-shape';
import { BODY_ROOT } from './body-doc';
import { COMMENTS_ROOT } from './body-comments';

/**
 * Levels deleted per transaction. Yjs deletes (ContentType.delete) and garbage-collects (ContentType.gc)
 * a type's children recursively, two stack frames per level: deleting a 5,000-deep element in one go
 * overflows the stack and leaves the doc broken ("Unexpected case" afterwards). Deleting from the
 * bottom up in groups keeps each transaction's recursion — here and on every peer that applies it —
 * to one group.
 */
const LEVELS_PER_TRANSACTION = 400;

/**
 * Why a body cannot be shown as it is (nested deeper than a body can be, types we never use), or null.
 * The roots are those the server accepts in a body doc (limits/root-guard.ts): the text and its 批注.
 */
export function bodyShapeProblem(doc: Y.Doc): string | null {
  return shapeViolation(doc, new Set([BODY_ROOT, COMMENTS_ROOT]), BODY_SHAPE);
}

/**
 * Rewrite a body that cannot be shown from what a tolerant read recovers (BodyDoc.read: valid blocks as
 * they are, anything else as a paragraph of its text), as ordinary Yjs changes: co-editors converge on
 * the result, nothing is rebuilt outside the CRDT. Deep content is removed bottom-up (see above).
 */
export function resetBody(doc: Y.Doc, origin: unknown = null): void {
  const recovered = BodyDoc.read(doc);
  const root = BodyDoc.root(doc);
  const levels: Y.XmlText[][] = [];
  const stack: Array<[Y.XmlText, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [type, depth] = stack.pop()!;
    (levels[depth] ??= []).push(type);
    for (let it = type._start; it; it = it.right) {
      if (!it.deleted && it.content instanceof Y.ContentType && it.content.type instanceof Y.XmlText) stack.push([it.content.type, depth + 1]);
    }
  }
  for (let top = levels.length - 1; top > 0; top -= LEVELS_PER_TRANSACTION) {
    const bottom = Math.max(1, top - LEVELS_PER_TRANSACTION + 1);
    doc.transact(() => {
      for (let d = top; d >= bottom; d--) for (const t of levels[d]!) if (t.length > 0) t.delete(0, t.length);
    }, origin);
  }
  doc.transact(() => {
    if (root.length > 0) root.delete(0, root.length);
    root.applyDelta(slateNodesToInsertDelta((recovered.length > 0 ? recovered : [Paragraph.create()]) as never));
  }, origin);
}
