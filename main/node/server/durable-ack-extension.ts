import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { PLAN_DELETED_CLOSE_CODE, PLAN_DELETED_REASON } from '../../common/api/refusal-reasons';
import { PlanDeletedError, type DocumentStore } from '../store/document-store';
import { dropSocket } from './drop-socket';
import type { Logger } from './logger';
import { refuseForStorage } from './storage-refusal';
import type { UnstoredSeeds } from './unstored-seeds';

/** Hocuspocus message types that carry Yjs sync messages (Sync, SyncReply). */
const SYNC_MESSAGES = new Set([0, 4]);
/** y-protocols sync message types that carry an update (step 2, update). */
const UPDATE_STEPS = new Set([1, 2]);

export interface DurableAckDeps {
  store: DocumentStore;
  log: Logger;
  /** The store is a database (a failure then means "database unavailable" unless it says disk full). */
  database: boolean;
  /** This instance is deleting or dropping the plan itself: a refused append is expected, not news. */
  knowsDeleted(planId: string): boolean;
  /** The store refused an update of a deleted plan: drop this instance's copies (idempotent). */
  onPlanDeleted(planId: string): void;
  /** Bodies seeded on load and not stored yet: the seed is stored before the first journaled edit. */
  seeds: UnstoredSeeds;
}

/**
 * Durable acknowledgement (docs/coediting.md "Durability"). Hocuspocus applies a client's update and
 * sends the SyncStatus that the provider counts as "saved" (unsyncedChanges back to 0) right after
 * `beforeHandleMessage` resolves (Connection.processMessages → MessageReceiver.readSyncMessage). This
 * hook journals the update first (store.append: fsync'ed or committed, group-committed), so an
 * acknowledged update survives a crash. Placed after the gate: only updates it let through are journaled.
 *
 * When the journal cannot be written, the update is neither applied nor acknowledged: the client is
 * told why (a stateless StorageStatus message; the editor says 未能保存到服务器…) and its socket is closed,
 * so the provider reconnects and resends its unacknowledged changes until the store works again.
 */
export function durableAckExtension(deps: DurableAckDeps): Extension {
  const { store, log } = deps;
  return {
    extensionName: 'plan-durable-ack',
    async beforeHandleMessage({ update: raw, documentName, connection, document }: beforeHandleMessagePayload) {
      if (connection.readOnly) return; // Hocuspocus applies nothing from a read-only connection
      const update = updateOf(raw);
      if (!update || isEmptyUpdate(update)) return;
      try {
        if (deps.seeds.has(document)) {
          await store.store(documentName, Y.encodeStateAsUpdate(document));
          deps.seeds.stored(document);
        }
        await store.append(documentName, update);
      } catch (e) {
        if (e instanceof PlanDeletedError) {
          // The instance that has not heard of the deletion learns it here (as from a refused store).
          if (deps.knowsDeleted(e.planId)) log.info(`not journaling an update to ${documentName}: plan ${e.planId} was deleted`);
          else log.warn(`${e.message}; closing its documents on this instance`);
          const planId = e.planId;
          setImmediate(() => deps.onPlanDeleted(planId));
          dropSocket(connection, PLAN_DELETED_REASON, PLAN_DELETED_CLOSE_CODE);
          throw Object.assign(new Error(PLAN_DELETED_REASON), { reason: PLAN_DELETED_REASON, code: PLAN_DELETED_CLOSE_CODE });
        }
        refuseForStorage(connection, e, deps.database, log, `could not journal an update to ${documentName}`);
      }
    },
  };
}

/** The Yjs update a raw client message carries, or null for any other message. */
function updateOf(raw: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(raw);
    decoding.readVarString(decoder);
    if (!SYNC_MESSAGES.has(decoding.readVarUint(decoder))) return null;
    if (!UPDATE_STEPS.has(decoding.readVarUint(decoder))) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null; // malformed: Hocuspocus fails on it and closes the connection without applying anything
  }
}

/** An update with no structs and no deletions (a sync step 2 from a client with nothing new): nothing to keep. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((b) => b === 0);
}
