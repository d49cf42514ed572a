import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { BodyDoc } from '../../common/collab/body-doc';
import { DocNames } from '../../common/collab/doc-names';
import { PlanDocLayout } from '../../common/collab/plan-doc-layout';
import { PlanDeletedError, type DocumentStore } from '../store/document-store';
import type { Logger } from './logger';

export interface PersistenceDeps {
  store: DocumentStore;
  log: Logger;
  /** The plan's documents are being closed and unloaded here because it was deleted: never written back. */
  isDropping(planId: string): boolean;
  /** This instance is deleting or dropping the plan itself: a refused store is expected, not news. */
  knowsDeleted(planId: string): boolean;
  /** The store refused a document of a deleted plan: drop this instance's copies (idempotent). */
  onPlanDeleted(planId: string): void;
}

/** A plan doc of an older layout is migrated before any client sees it; a newer one is served as it is. */
function migrateLayout(document: Y.Doc, documentName: string, log: Logger): void {
  const check = PlanDocLayout.migrate(document);
  if (check.status === 'migrated') log.info(`${documentName}: plan doc layout ${check.from} migrated to ${check.to}`);
  if (check.status === 'newer') log.warn(`${documentName}: plan doc layout ${check.layout} is newer than this server's (${PlanDocLayout.current})`);
}

/**
 * Loads documents from the store and writes them back (Hocuspocus debounces onStoreDocument).
 * A body document that has never been stored is seeded with one empty paragraph here, on the server,
 * once: Hocuspocus serialises loads per document name, so two clients cannot both seed it.
 * Documents of a deleted plan are neither loaded nor stored; the store refuses them as well, which
 * catches the instance that has not heard of the deletion yet.
 */
export function persistenceExtension(deps: PersistenceDeps): Extension {
  const { store, log } = deps;
  return {
    extensionName: 'plan-persistence',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const name = DocNames.parse(documentName);
      if (!name) throw new Error(`refusing unknown document ${documentName}`);
      if (deps.isDropping(name.planId)) throw new Error(`plan ${name.planId} was deleted`);
      let state: Uint8Array | null;
      try {
        state = await store.fetch(documentName);
      } catch (e) {
        log.error(`load ${documentName} failed: ${(e as Error).message}`);
        throw e;
      }
      if (state) {
        Y.applyUpdate(document, state);
        if (name.bodyId === null) migrateLayout(document, documentName, log);
      } else if (name.bodyId !== null) {
        BodyDoc.write(document, []);
      } else {
        throw new Error(`plan document ${documentName} does not exist`);
      }
      return document;
    },
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
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
          setImmediate(() => deps.onPlanDeleted(name.planId));
          return;
        }
        log.error(`store ${documentName} failed: ${(e as Error).message}`);
        throw e;
      }
    },
  };
}
