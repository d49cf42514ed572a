import * as Y from 'yjs';
import { contentViolation, shapeViolation, typeDepth, type DocShape } from '../../../common/collab/doc-shape';

/** What checking an update found. */
export interface UpdateCheck {
  /** Why the update must be refused, or null. */
  violation: string | null;
  /** Does it bring structs the document does not have yet (not only deletions, not a no-op)? */
  grows: boolean;
  /** Was the whole resulting document checked on a copy (the update could not be checked from its structs)? */
  slow: boolean;
}

const ROOT = 0;
/** The item integrates as garbage (its parent is gone), so its content cannot nest anything. */
const DROPPED = -1;
/** A reference to a struct neither the update nor the document has (the update would wait in pending). */
const UNKNOWN = -2;

type Link = { next: Y.Item; delta: 0 | 1 } | { depth: number };

/**
 * Checks an update against a document's shape *before* it is applied (a refused update must leave the
 * document untouched). Fast path: decode the update's structs and find, for each new item, the depth of
 * the type it goes into — from its parent or origin, looked up in the update itself or in the document
 * (the document's types are already checked, so walking up from one is short). An update that refers to
 * structs neither has is refused. When the document itself has pending structs (relayed by another
 * instance) they might integrate with the update unchecked, so then the update is applied to a copy and
 * the whole copy is walked.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, roots: ReadonlySet<string>, shape: DocShape): UpdateCheck {
  const { structs } = Y.decodeUpdate(update);
  const byClient = new Map<number, Array<Y.Item | Y.GC>>();
  for (const s of structs) {
    if (s instanceof Y.Skip) continue;
    const list = byClient.get(s.id.client);
    if (list) list.push(s);
    else byClient.set(s.id.client, [s as Y.Item | Y.GC]);
  }
  const fresh = structs.filter((s): s is Y.Item => s instanceof Y.Item && s.id.clock + s.length > Y.getState(doc.store, s.id.client));
  const grows = fresh.length > 0;
  if (!grows) return { violation: null, grows, slow: false };
  const store = doc.store as { pendingStructs: unknown; pendingDs: unknown };
  if (store.pendingStructs || store.pendingDs) return slowCheck(doc, update, roots, shape, grows);

  const memo = new Map<Y.Item, number>();
  const inUpdate = (id: Y.ID): Y.Item | Y.GC | undefined =>
    byClient.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length);
  const inDoc = (id: Y.ID): Y.Item | Y.GC | undefined =>
    id.clock < Y.getState(doc.store, id.client) ? (Y.getItem(doc.store, id) as Y.Item | Y.GC) : undefined;
  const limit = shape.maxTypeDepth + 1;

  const link = (item: Y.Item): Link => {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { depth: ROOT };
    if (parent instanceof Y.ID) {
      const p = inUpdate(parent) ?? inDoc(parent);
      if (!p) return { depth: UNKNOWN };
      if (!(p instanceof Y.Item) || !(p.content instanceof Y.ContentType)) return { depth: DROPPED };
      if (inUpdate(parent)) return { next: p, delta: 1 };
      return { depth: typeDepth(p.content.type, limit) };
    }
    const originId = item.origin ?? item.rightOrigin;
    if (!originId) return { depth: UNKNOWN };
    const fromUpdate = inUpdate(originId);
    if (fromUpdate) return fromUpdate instanceof Y.Item ? { next: fromUpdate, delta: 0 } : { depth: DROPPED };
    const o = inDoc(originId);
    if (!o) return { depth: UNKNOWN };
    if (!(o instanceof Y.Item) || !(o.parent instanceof Y.AbstractType)) return { depth: DROPPED };
    return { depth: typeDepth(o.parent, limit) };
  };

  /** Depth of the type an item goes into, iteratively (an update may chain thousands of items). */
  const containerDepth = (start: Y.Item): number => {
    const path: Array<[Y.Item, 0 | 1]> = [];
    const onPath = new Set<Y.Item>();
    let cur = start;
    let depth: number;
    for (;;) {
      const known = memo.get(cur);
      if (known !== undefined) {
        depth = known;
        break;
      }
      if (onPath.has(cur)) return UNKNOWN; // a reference cycle: Yjs would never integrate it
      const l = link(cur);
      if ('depth' in l) {
        depth = l.depth;
        memo.set(cur, depth);
        break;
      }
      onPath.add(cur);
      path.push([cur, l.delta]);
      cur = l.next;
    }
    for (let i = path.length - 1; i >= 0; i--) {
      const [item, delta] = path[i]!;
      if (depth >= 0) depth += delta;
      memo.set(item, depth);
    }
    return depth;
  };

  for (const item of fresh) {
    const depth = containerDepth(item);
    // Every struct a client sends depends only on what the server sent it, so a reference the server
    // cannot resolve is not a normal update; applied, it would wait in pending and integrate unchecked later.
    if (depth === UNKNOWN) return { violation: 'it refers to changes this document does not have', grows, slow: false };
    if (depth === DROPPED) continue;
    const why = contentViolation(item.content, depth, shape);
    if (why) return { violation: why, grows, slow: false };
  }
  return { violation: null, grows, slow: false };
}

function slowCheck(doc: Y.Doc, update: Uint8Array, roots: ReadonlySet<string>, shape: DocShape, grows: boolean): UpdateCheck {
  const copy = new Y.Doc({ gc: false });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  Y.applyUpdate(copy, update);
  for (const name of copy.share.keys()) if (!roots.has(name)) return { violation: `unknown root ${name.slice(0, 60)}`, grows, slow: true };
  const violation = shapeViolation(copy, roots, shape);
  copy.destroy();
  return { violation, grows, slow: true };
}
