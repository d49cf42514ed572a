/** Persistence of encoded Yjs states, by Hocuspocus document name. */
export interface StoredDoc {
  name: string;
  updatedAt: Date;
}

export interface DocumentStore {
  /** The stored state, or null when the document does not exist. Throws on I/O errors or corruption. */
  fetch(name: string): Promise<Uint8Array | null>;
  /** Replace the stored state atomically. */
  store(name: string, state: Uint8Array): Promise<void>;
  /** Ids of all plans that have a plan document. */
  listPlans(): Promise<Array<{ planId: string; updatedAt: Date }>>;
  /** Remove every document of a plan. */
  deletePlan(planId: string): Promise<void>;
  close(): Promise<void>;
}

export class CorruptDocumentError extends Error {
  constructor(readonly docName: string, reason: string) {
    super(`stored document ${docName} is corrupt: ${reason}`);
  }
}
