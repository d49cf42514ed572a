/** Persistence of encoded Yjs states, by Hocuspocus document name. */
export interface StoredDoc {
  name: string;
  updatedAt: Date;
}

export interface DocumentStore {
  /**
   * The stored state with every journaled update applied (docs/coediting.md "Durability"), or null when
   * the document does not exist. Throws on I/O errors or corruption.
   */
  fetch(name: string): Promise<Uint8Array | null>;
  /**
   * Replace the stored state atomically, merged with the document's journal, which is then emptied
   * (compaction: no journaled update the state lacks is ever dropped). Throws PlanDeletedError for a
   * document of a deleted plan.
   */
  store(name: string, state: Uint8Array): Promise<void>;
  /**
   * Journal one update: resolves once it is on disk (fsync) or committed, so that it survives a crash
   * from then on; only then may the server acknowledge it. Concurrent appends are group-committed.
   * Throws PlanDeletedError for a document of a deleted plan, and the I/O or database error otherwise.
   */
  append(name: string, update: Uint8Array): Promise<void>;
  /** Ids of all plans that have a plan document. */
  listPlans(): Promise<Array<{ planId: string; updatedAt: Date }>>;
  /**
   * Remove every document of a plan and refuse later stores of its documents (PlanDeletedError) until
   * `reopenPlan`: a server that still holds the plan's documents in memory (a debounced store, an unload,
   * another instance) must not write them back and bring back a deleted plan, or half of it.
   */
  deletePlan(planId: string): Promise<void>;
  /** A plan file brings a deleted plan back under its id: its documents may be stored again. */
  reopenPlan(planId: string): Promise<void>;
  /** Which of these plans were deleted (and not reopened since). */
  deletedAmong(planIds: readonly string[]): Promise<Set<string>>;
  /**
   * Present when other server instances share the store: `listener` is called with each plan deleted
   * anywhere (null: "re-check every open plan", e.g. after a lost notification channel came back).
   * Returns the unsubscribe function.
   */
  watchDeletions?(listener: (planId: string | null) => void): () => void;
  close(): Promise<void>;
}

export class CorruptDocumentError extends Error {
  constructor(readonly docName: string, reason: string) {
    super(`stored document ${docName} is corrupt: ${reason}`);
  }
}

/** A store of a document whose plan was deleted: refused, never written. */
export class PlanDeletedError extends Error {
  constructor(readonly docName: string, readonly planId: string) {
    super(`refused to store ${docName}: plan ${planId} was deleted`);
  }
}
