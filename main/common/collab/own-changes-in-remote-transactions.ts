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
  const handler = (tr: Y.Transaction) => {
    if (!isRemote(tr.origin)) return;
    const before = tr.beforeState.get(doc.clientID) ?? 0;
    const after = tr.afterState.get(doc.clientID) ?? 0;
    if (after <= before) return;
    // Everything the doc has, except our own structs from `before` on: the diff is just those.
    const target = new Map(tr.afterState);
    target.set(doc.clientID, before);
    onOwnChanges(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(target)));
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}
