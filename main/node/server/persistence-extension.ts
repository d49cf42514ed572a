import type { Extension, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { BodyDoc } from '../../common/collab/body-doc';
import { DocNames } from '../../common/collab/doc-names';
import type { DocumentStore } from '../store/document-store';
import type { Logger } from './logger';

/**
 * Loads documents from the store and writes them back (Hocuspocus debounces onStoreDocument).
 * A body document that has never been stored is seeded with one empty paragraph here, on the server,
 * once: Hocuspocus serialises loads per document name, so two clients cannot both seed it.
 */
export function persistenceExtension(store: DocumentStore, log: Logger, isDeleted: (planId: string) => boolean): Extension {
  return {
    extensionName: 'plan-persistence',
    async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
      const name = DocNames.parse(documentName);
      if (!name) throw new Error(`refusing unknown document ${documentName}`);
      let state: Uint8Array | null;
      try {
        state = await store.fetch(documentName);
      } catch (e) {
        log.error(`load ${documentName} failed: ${(e as Error).message}`);
        throw e;
      }
      if (state) {
        Y.applyUpdate(document, state);
      } else if (name.bodyId !== null) {
        BodyDoc.write(document, []);
      } else {
        throw new Error(`plan document ${documentName} does not exist`);
      }
      return document;
    },
    async onStoreDocument({ document, documentName }: onStoreDocumentPayload) {
      const name = DocNames.parse(documentName);
      if (!name || isDeleted(name.planId)) return;
      try {
        await store.store(documentName, Y.encodeStateAsUpdate(document));
      } catch (e) {
        log.error(`store ${documentName} failed: ${(e as Error).message}`);
        throw e;
      }
    },
  };
}
