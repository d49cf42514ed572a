import type {
  afterUnloadDocumentPayload, beforeUnloadDocumentPayload, Extension, onLoadDocumentPayload, onStoreDocumentPayload,
} from '@hocuspocus/server';
import * as Y from 'yjs';
import { DOCUMENT_CORRUPT_REASON, PLAN_DELETED_REASON, UNAVAILABLE_REASON } from '../../common/api/refusal-reasons';
import { BodyDoc } from '../../common/collab/body-doc';
import { DocNames } from '../../common/collab/doc-names';
import { CorruptDocumentError, PlanDeletedError, type DocumentStore } from '../store/document-store';
import { storageFaultCause } from '../store/storage-fault-cause';
import type { Logger } from './logger';

export interface PersistenceDeps {
  store: DocumentStore;
  log: Logger;
  /** The store is a database (for the wording of failures). */
  database?: boolean;
  /** The plan's documents are being closed and unloaded here because it was deleted: never written back. */
  isDropping(planId: string): boolean;
  /** This instance is deleting or dropping the plan itself: a refused store is expected, not news. */
  knowsDeleted(planId: string): boolean;
  /** The store refused a document of a deleted plan: drop this instance's copies (idempotent). */
  onPlanDeleted(planId: string): void;
  /** First retry of a failed store after this many ms, doubling up to retryMaxMs. */
  retryMs?: number;
  retryMaxMs?: number;
}

const DEFAULT_RETRY_MS = 500;
const DEFAULT_RETRY_MAX_MS = 30_000;

interface Failing {
  attempts: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Loads documents from the store (snapshot + journal) and writes them back (Hocuspocus debounces
 * onStoreDocument; every store also compacts the document's journal, see DocumentStore.store).
 * A body document that has never been stored is seeded with one empty paragraph here, on the server,
 * once, and stored at once: Hocuspocus serialises loads per document name, so two clients cannot both
 * seed it, and journaled edits on it must find the same seed after a crash.
 * Documents of a deleted plan are neither loaded nor stored; the store refuses them as well, which
 * catches the instance that has not heard of the deletion yet.
 *
 * A failed store is loud and lossless: logged, retried with exponential backoff until it succeeds, and
 * the document is not unloaded meanwhile (beforeUnloadDocument refuses), even when its last client left.
 * A load that fails is refused with a reason the editor can tell apart: `document-corrupt` (checksum or
 * decoding) or `unavailable` (I/O or database error), never as "permission denied".
 */
export function persistenceExtension(deps: PersistenceDeps): Extension {
  const { store, log } = deps;
  const retryMs = deps.retryMs ?? DEFAULT_RETRY_MS;
  const retryMaxMs = deps.retryMaxMs ?? DEFAULT_RETRY_MAX_MS;
  const failing = new Map<string, Failing>();

  const refuse = (reason: string): never => {
    throw Object.assign(new Error(reason), { reason });
  };

  const scheduleRetry = (payload: onStoreDocumentPayload, e: Error) => {
    const { documentName, document, instance } = payload;
    const f = failing.get(documentName) ?? { attempts: 0, timer: null };
    failing.set(documentName, f);
    f.attempts++;
    const delay = Math.min(retryMaxMs, retryMs * 2 ** (f.attempts - 1));
    log.error(`store ${documentName} failed (attempt ${f.attempts}, ${storageFaultCause(e, deps.database ?? false)}: ${e.message}); `
      + `kept in memory, retrying in ${delay} ms`);
    if (f.timer) return;
    f.timer = setTimeout(() => {
      f.timer = null;
      if (instance.documents.get(documentName) !== document) return; // dropped (plan deleted) meanwhile
      void instance.storeDocumentHooks(document, payload, true);
    }, delay);
    f.timer.unref?.();
  };

  return {
    extensionName: 'plan-persistence',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const name = DocNames.parse(documentName);
      if (!name) throw new Error(`refusing unknown document ${documentName}`);
      if (deps.isDropping(name.planId)) refuse(PLAN_DELETED_REASON);
      let state: Uint8Array | null;
      try {
        state = await store.fetch(documentName);
      } catch (e) {
        const corrupt = e instanceof CorruptDocumentError;
        log.error(`load ${documentName} failed: ${(e as Error).message}; refused as ${corrupt ? DOCUMENT_CORRUPT_REASON : UNAVAILABLE_REASON}`);
        return refuse(corrupt ? DOCUMENT_CORRUPT_REASON : UNAVAILABLE_REASON);
      }
      if (state) {
        Y.applyUpdate(document, state);
      } else if (name.bodyId !== null) {
        BodyDoc.write(document, []);
        try {
          await store.store(documentName, Y.encodeStateAsUpdate(document));
        } catch (e) {
          log.error(`storing the new body ${documentName} failed: ${(e as Error).message}; refused as ${UNAVAILABLE_REASON}`);
          refuse(e instanceof PlanDeletedError ? PLAN_DELETED_REASON : UNAVAILABLE_REASON);
        }
      } else {
        throw new Error(`plan document ${documentName} does not exist`);
      }
      return document;
    },
    async onStoreDocument(payload: onStoreDocumentPayload) {
      const { document, documentName } = payload;
      const name = DocNames.parse(documentName);
      if (!name) return;
      if (deps.isDropping(name.planId)) {
        log.info(`not storing ${documentName}: plan ${name.planId} was deleted`);
        return;
      }
      try {
        await store.store(documentName, Y.encodeStateAsUpdate(document));
      } catch (e) {
        if (e instanceof PlanDeletedError) {
          // Not rethrown: Hocuspocus keeps a document whose store failed in memory, to retry it forever.
          // Dropped after this hook has returned: unloading waits for the running store.
          if (deps.knowsDeleted(name.planId)) log.info(`not storing ${documentName}: plan ${name.planId} was deleted`);
          else log.warn(`${e.message}; closing its documents on this instance`);
          failing.delete(documentName);
          setImmediate(() => deps.onPlanDeleted(name.planId));
          return;
        }
        scheduleRetry(payload, e as Error);
        throw e;
      }
      const f = failing.get(documentName);
      if (f) {
        if (f.timer) clearTimeout(f.timer);
        failing.delete(documentName);
        log.info(`stored ${documentName} after ${f.attempts} failed attempt(s)`);
      }
    },
    async beforeUnloadDocument({ documentName }: beforeUnloadDocumentPayload) {
      const planId = DocNames.parse(documentName)?.planId;
      if (!failing.has(documentName) || (planId && deps.isDropping(planId))) return;
      log.warn(`keeping ${documentName} in memory: its last store failed and is being retried`);
      // A falsy rejection: Hocuspocus keeps the document without logging an error of its own.
      throw null;
    },
    async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
      const f = failing.get(documentName);
      if (f?.timer) clearTimeout(f.timer);
      failing.delete(documentName);
    },
    async onDestroy() {
      for (const f of failing.values()) if (f.timer) clearTimeout(f.timer);
      failing.clear();
    },
  };
}
