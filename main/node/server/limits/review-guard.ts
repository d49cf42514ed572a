import * as Y from 'yjs';
import { BODY_ROOT, BodyDoc } from '../../../common/collab/body-doc';
import { BodyComments, CommentEntrySchema } from '../../../common/collab/body-comments';
import { BODY_SHAPE } from '../../../common/collab/doc-shape';
import { readYElement, type SlateNode } from '../../../common/collab/read-y-element';
import { canonicalJson, Suggestions } from '../../../common/review/suggestions';

/** What a limited writer may change (auth.ts Grant.limit). */
export type ReviewLimit = 'comment' | 'suggest';

function content(doc: Y.Doc): SlateNode[] {
  if (BodyDoc.root(doc).length === 0) return [];
  return (readYElement(doc.get(BODY_ROOT, Y.XmlText), BODY_SHAPE.maxTypeDepth)['children'] as SlateNode[]) ?? [];
}

/**
 * May a comment-only or suggest-only writer of department `dept` apply `update` to the body `doc`?
 * Yjs updates say which structs they add and delete, not what that means for the text, so the update is
 * applied to a copy and the two readings compared (docs/coediting.md "Review: 批注 and 修订"):
 *  - 批注: entries of other departments stay exactly as they were; new and changed entries are valid
 *    and the writer's department's; nothing is deleted (a Y.Map `set` replaces, so a delete is a key gone).
 *  - text: `comment` — the tree is unchanged; `suggest` — Suggestions.violation (the accepted text is
 *    unchanged, other departments' suggestions untouched).
 * Returns an English reason, or null when the update is allowed. Never touches `doc`.
 */
export function reviewViolation(doc: Y.Doc, update: Uint8Array, limit: ReviewLimit, dept: string): string | null {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const beforeText = content(copy);
  const beforeComments = BodyComments.rawEntries(copy);
  Y.applyUpdate(copy, update);
  const afterComments = BodyComments.rawEntries(copy);
  for (const [id, before] of beforeComments) {
    const after = afterComments.get(id);
    if (after === undefined) return `removed the comment ${id}`;
    if (canonicalJson(after) !== canonicalJson(before) && (before as { dept?: unknown })?.dept !== dept) {
      return `changed another department's comment ${id}`;
    }
  }
  for (const [id, after] of afterComments) {
    const before = beforeComments.get(id);
    if (before !== undefined && canonicalJson(after) === canonicalJson(before)) continue;
    const parsed = CommentEntrySchema.safeParse(after);
    if (!parsed.success || parsed.data.id !== id) return `a malformed comment ${id}`;
    if (parsed.data.dept !== dept) return `a comment attributed to another department (${parsed.data.dept})`;
  }
  const afterText = content(copy);
  if (limit === 'comment') return canonicalJson(beforeText) === canonicalJson(afterText) ? null : 'changed the text';
  return Suggestions.violation(beforeText, afterText, dept);
}
