import * as Y from 'yjs';
import { contentViolation, shapeViolation, type DocShape } from '../../../common/collab/doc-shape';
import { ContainerDepths, DROPPED, UNKNOWN } from './container-depths';

/** What checking an update found. */
export interface UpdateCheck {
  /** Why the update must be refused, or null. */
  violation: string | null;
  /** Does it bring structs the document does not have yet (not only deletions, not a no-op)? */
  grows: boolean;
  /** Was the whole resulting document checked on a copy (the update could not be checked from its structs)? */
  slow: boolean;
}

/**
 * Checks an update against a document's shape *before* it is applied (a refused update must leave the
 * document untouched). Fast path: decode the update's structs and find, for each new item, the depth of
 * the type it goes into (`ContainerDepths`). An update that refers to structs neither the update nor the
 * document has is refused. When the document itself has pending structs (relayed by another instance)
 * they might integrate with the update unchecked, so then the update is applied to a copy and the whole
 * copy is walked.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, roots: ReadonlySet<string>, shape: DocShape): UpdateCheck {
  const { structs } = Y.decodeUpdate(update);
  const fresh = structs.filter((s): s is Y.Item => s instanceof Y.Item && s.id.clock + s.length > Y.getState(doc.store, s.id.client));
  const grows = fresh.length > 0;
  if (!grows) return { violation: null, grows, slow: false };
  const store = doc.store as { pendingStructs: unknown; pendingDs: unknown };
  if (store.pendingStructs || store.pendingDs) return slowCheck(doc, update, roots, shape, grows);
  const depths = new ContainerDepths(doc, structs, shape.maxTypeDepth + 1);
  for (const item of fresh) {
    const depth = depths.of(item);
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
