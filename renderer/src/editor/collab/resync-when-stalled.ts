import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { PendingStructs } from '../../../../main/common/collab/pending-structs';

/** How long structs may wait for their dependencies before we ask the server again. */
const STALL_MS = 3000;

/**
 * A provider's doc can hold structs waiting for others (pending): Yjs 13.6 may not retry them when
 * the missing ones arrive (PendingStructs.watch retries after every remote batch), and an update can
 * be lost outright. If anything is still pending a few seconds later, ask the server by state vector
 * (sync step 1): it answers with everything our state vector does not cover. At most one request per
 * STALL_MS. `isRemote` tells the provider's (and the cache's) transactions from ours.
 * Returns the stop function.
 */
export function resyncWhenStalled(doc: Y.Doc, provider: HocuspocusProvider, isRemote: (origin: unknown) => boolean): () => void {
  const stopRetry = PendingStructs.watch(doc, isRemote);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = () => {
    if (timer || !PendingStructs.has(doc)) return;
    timer = setTimeout(() => {
      timer = null;
      if (PendingStructs.has(doc)) provider.forceSync();
    }, STALL_MS);
  };
  doc.on('afterAllTransactions', check);
  return () => {
    stopRetry();
    doc.off('afterAllTransactions', check);
    if (timer) clearTimeout(timer);
  };
}
