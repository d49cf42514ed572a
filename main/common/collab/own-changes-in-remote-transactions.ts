import * as Y from 'yjs';

/**
 * Reports this client's own new structs that were written inside a remote transaction, which a
 * provider never sends (HocuspocusProvider skips updates whose origin is itself): the others would
 * keep them missing, and everything of ours built on them pending, until the next reconnect. The
 * convergence fuzz saw such transactions (random client ids, seed 3173, 5 peers with undo); what writes
 * our structs there is not pinned down (docs/coediting.md). `onOwnChanges` gets an update with exactly
 * those structs: send it, or call provider.forceSync() (the server's sync step then asks for what it
 * lacks). Returns the unsubscribe function.
 */
export function watchOwnChangesInRemoteTransactions(
  doc: Y.Doc,
  isRemote: (origin: unknown) => boolean,
  onOwnChanges: (update: Uint8Array) => void,
): () => void {
  // Our id as the transaction started: when a remote (non-local) transaction advances our own clock,
  // Yjs assumes someone else uses our id and gives the doc a new one while cleaning up.
  const ownId = new WeakMap<Y.Transaction, number>();
  const before = (tr: Y.Transaction) => ownId.set(tr, doc.clientID);
  const after = (tr: Y.Transaction) => {
    const id = ownId.get(tr) ?? doc.clientID;
    if (!isRemote(tr.origin)) return;
    const from = tr.beforeState.get(id) ?? 0;
    if ((tr.afterState.get(id) ?? 0) <= from) return;
    // Everything the doc has, except our own structs from `from` on: the diff is just those.
    const target = new Map(tr.afterState);
    target.set(id, from);
    onOwnChanges(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(target)));
  };
  doc.on('beforeTransaction', before);
  doc.on('afterTransaction', after);
  return () => {
    doc.off('beforeTransaction', before);
    doc.off('afterTransaction', after);
  };
}
