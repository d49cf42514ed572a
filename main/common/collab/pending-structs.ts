import * as Y from 'yjs';

function advanced(tr: Y.Transaction): boolean {
  for (const [client, clock] of tr.afterState) if (clock > (tr.beforeState.get(client) ?? 0)) return true;
  return false;
}

/**
 * Updates whose dependencies have not arrived wait in `doc.store.pendingStructs`, and Yjs 13.6 retries
 * them only when the state vector passes the clock it recorded as missing. That record can be too high:
 * when the structs that were missing are followed, in the same pending update, by a later gap of the
 * same client, Yjs records the gap's clock. The dependency then arrives, the recorded clock is never
 * reached (the structs after the gap are themselves waiting), and the doc stays behind for good while
 * everyone else converges (convergence fuzz, seeds 4299 and 4903 of fuzz-marks-resync: a peer kept a
 * complete, applicable pending update). Retrying whenever a remote transaction moved the state vector
 * fixes it; re-applying pending structs is what Yjs itself does on a retry.
 */
export const PendingStructs = {
  has(doc: Y.Doc): boolean {
    return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  },

  /** Re-apply the pending update (as one transaction with `origin`); true when that integrated something. */
  retry(doc: Y.Doc, origin: unknown): boolean {
    const pending = doc.store.pendingStructs;
    if (!pending) return false;
    const before = Y.encodeStateVector(doc);
    doc.store.pendingStructs = null;
    Y.applyUpdateV2(doc, pending.update, origin);
    const after = Y.encodeStateVector(doc);
    return after.length !== before.length || after.some((b, i) => b !== before[i]);
  },

  /**
   * After remote transactions that integrated something while structs are pending, retry them (with
   * that transaction's origin, so a provider does not echo them). The retry waits until Yjs has cleaned
   * up every transaction of the batch ('afterAllTransactions'): a transaction begun in the middle of a
   * batch gets the afterState of everything written before its cleanup, so our own writes from other
   * handlers of the batch would count as written in this remote one, and Yjs would take that for
   * another client using our id. Each retry that integrates something is a new batch and triggers the
   * next, until nothing more applies. Returns the unsubscribe function.
   */
  watch(doc: Y.Doc, isRemote: (origin: unknown) => boolean): () => void {
    let due: { origin: unknown } | null = null;
    const after = (tr: Y.Transaction) => {
      if (isRemote(tr.origin) && advanced(tr)) due = { origin: tr.origin };
    };
    const afterAll = () => {
      const d = due;
      due = null;
      if (d && doc.store.pendingStructs) PendingStructs.retry(doc, d.origin);
    };
    doc.on('afterTransaction', after);
    doc.on('afterAllTransactions', afterAll);
    return () => {
      doc.off('afterTransaction', after);
      doc.off('afterAllTransactions', afterAll);
    };
  },
};
