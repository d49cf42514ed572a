import * as Y from 'yjs';
import type { PlanComment } from '../model/plan-comment';
import { BodyComments } from './body-comments';
import { BodyDoc } from './body-doc';

/** The block (a direct child of the body root) that holds `type`, and its index; null if not in this body. */
function blockOf(root: Y.XmlText, type: Y.AbstractType<unknown>): { index: number; block: Y.XmlText } | null {
  let block: Y.AbstractType<unknown> | null = type;
  // Walk up to the root's child: at most BODY_SHAPE deep for data the gate let in.
  for (let i = 0; i < 8 && block && block.parent !== root; i++) block = block.parent as Y.AbstractType<unknown> | null;
  if (!block || block.parent !== root || !(block instanceof Y.XmlText)) return null;
  let index = 0;
  for (const op of root.toDelta() as Array<{ insert: unknown }>) {
    if (op.insert === block) return { index, block };
    index++;
  }
  return null;
}

/**
 * 批注 between the live form (relative positions in the body doc) and the plan file's (block + offsets).
 * An anchor inside a table cell is written at its table block, offsets 0–0; an anchor whose text was
 * deleted entirely is written where its start now resolves.
 */
export const CommentAnchors = {
  toPlan(bodyId: string, doc: Y.Doc): PlanComment[] {
    const root = BodyDoc.root(doc);
    const out: PlanComment[] = [];
    for (const { root: c, replies } of BodyComments.threads(doc)) {
      const anchor = BodyComments.anchor(c);
      const start = anchor && Y.createAbsolutePositionFromRelativePosition(anchor.start, doc);
      const end = anchor && Y.createAbsolutePositionFromRelativePosition(anchor.end, doc);
      if (!start) continue;
      const at = blockOf(root, start.type);
      if (!at) continue;
      const sameBlock = start.type === at.block;
      const endIndex = end && end.type === start.type ? Math.max(end.index, start.index) : start.index;
      const itemId = at.block.getAttribute('type') === 'item' ? at.block.getAttribute('id') : undefined;
      out.push({
        id: c.id, bodyId, block: at.index, ...(typeof itemId === 'string' ? { itemId } : {}),
        start: sameBlock ? start.index : 0, end: sameBlock ? endIndex : 0,
        quote: c.quote, text: c.text, by: c.by, dept: c.dept, at: c.at, resolved: c.resolved,
        replies: replies.map((r) => ({ id: r.id, text: r.text, by: r.by, dept: r.dept, at: r.at })),
      });
    }
    return out;
  },
  /** Writes the file's comments of one body into its doc (a plan file opened, a plan created from JSON). */
  fromPlan(doc: Y.Doc, comments: readonly PlanComment[]): void {
    const blocks = (BodyDoc.root(doc).toDelta() as Array<{ insert: unknown }>).map((op) => op.insert);
    doc.transact(() => {
      for (const c of comments) {
        const block = blocks[c.block];
        if (!(block instanceof Y.XmlText)) continue;
        const clamp = (n: number) => Math.min(Math.max(0, n), block.length);
        BodyComments.add(doc, {
          id: c.id, start: Y.createRelativePositionFromTypeIndex(block, clamp(c.start)),
          end: Y.createRelativePositionFromTypeIndex(block, clamp(c.end)), quote: c.quote, text: c.text, by: c.by, dept: c.dept, at: c.at,
        });
        if (c.resolved) BodyComments.setResolved(doc, c.id, true);
        for (const r of c.replies) BodyComments.reply(doc, { ...r, parent: c.id });
      }
    }, 'seed');
  },
};
