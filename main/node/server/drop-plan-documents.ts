import type { Document, Hocuspocus } from '@hocuspocus/server';
import { PLAN_DELETED_CLOSE_CODE, PLAN_DELETED_REASON } from '../../common/api/refusal-reasons';
import { DocNames } from '../../common/collab/doc-names';
import { dropSocket } from './drop-socket';

/** A hung unload (a connection that never lets go) must not keep the caller waiting for ever. */
const UNLOAD_LIMIT_MS = 15_000;

export interface DroppedPlan {
  /** Connections closed right away. */
  closed: number;
  /** Settles when none of the plan's documents is in memory any more; rejects after UNLOAD_LIMIT_MS. */
  unloaded: Promise<void>;
}

/**
 * Closes every connection to a deleted plan's documents and unloads them WITHOUT storing them. The
 * caller must already make the persistence hook skip this plan (PlanService marks it as dropping): a
 * pending debounced store is then run at once and writes nothing, and so is the store Hocuspocus runs
 * when the last connection goes. Sockets are closed whole (dropSocket), so the provider reconnects at
 * once and is refused with PLAN_DELETED_REASON instead of sitting detached until its socket times out.
 */
export function dropPlanDocuments(hocuspocus: Hocuspocus, planId: string): DroppedPlan {
  const docs = [...hocuspocus.documents.values()].filter((d) => DocNames.parse(d.name)?.planId === planId);
  let closed = 0;
  for (const doc of docs) closed += closeAll(doc);
  const unloaded = Promise.all(docs.map((doc) => unloadWithoutStoring(hocuspocus, doc))).then(() => undefined);
  return { closed, unloaded };
}

function closeAll(doc: Document): number {
  const connections = doc.getConnections();
  for (const c of connections) dropSocket(c, PLAN_DELETED_REASON, PLAN_DELETED_CLOSE_CODE);
  return connections.length;
}

/**
 * Hocuspocus unloads a document only when nothing is pending (no connection, no scheduled or running
 * store) and, with the Redis extension, after its disconnect delay; messages already queued when the
 * sockets closed may still schedule a store. So: flush, ask to unload, and repeat until it is gone.
 */
async function unloadWithoutStoring(hocuspocus: Hocuspocus, doc: Document): Promise<void> {
  const storeId = `onStoreDocument-${doc.name}`;
  const deadline = Date.now() + UNLOAD_LIMIT_MS;
  while (hocuspocus.documents.get(doc.name) === doc) {
    if (Date.now() > deadline) throw new Error(`document ${doc.name} of a deleted plan is still in memory after ${UNLOAD_LIMIT_MS} ms`);
    closeAll(doc); // a connection that was being set up when the others were closed
    if (hocuspocus.debouncer.isDebounced(storeId)) await hocuspocus.debouncer.executeNow(storeId);
    await hocuspocus.unloadDocument(doc);
    if (hocuspocus.documents.get(doc.name) === doc) await new Promise((r) => setTimeout(r, 25));
  }
}
