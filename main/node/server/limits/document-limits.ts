/**
 * Limits on what one client can make the server hold (docs/coediting.md "Limits"). Defaults are far
 * above what the app does: a 1,000-measure plan is about 35 documents of at most a few hundred KB each,
 * opening it sends about four messages per document.
 */
export interface DocumentLimits {
  /** Largest encoded state (bytes) a document may reach through updates; larger updates are refused. */
  maxDocumentBytes: number;
  /** Documents one WebSocket may have open at once; more are refused (`too-many-documents`). */
  maxDocumentsPerSocket: number;
  /** Messages per WebSocket across all its documents: burst, then a sustained rate; then the socket is closed. */
  socketBurst: number;
  socketPerSecond: number;
  /**
   * An update to a body the plan doc does not name waits this long for the plan doc to name it (a new
   * section's record and its first edit travel as separate messages), then it is refused.
   */
  unknownBodyGraceMs: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDocumentBytes: 16 * 1024 * 1024,
  maxDocumentsPerSocket: 500,
  socketBurst: 2000,
  socketPerSecond: 500,
  unknownBodyGraceMs: 2000,
};

/**
 * Size of each open document as of its last check, kept up to date by adding the accepted updates'
 * sizes (an overestimate: updates overlap, deletions shrink). Only when the estimate says an update
 * would pass the cap is the document encoded to measure it exactly, so a keystroke costs an addition.
 */
export class DocumentSizes {
  private readonly sizes = new WeakMap<object, number>();

  constructor(private readonly maxBytes: number) {}

  /** Would this update keep the document under the cap? `encode` measures the document exactly. */
  admits(doc: object, updateBytes: number, encode: () => number): boolean {
    let size = this.sizes.get(doc);
    if (size === undefined || size + updateBytes > this.maxBytes) size = encode();
    this.sizes.set(doc, size);
    return size + updateBytes <= this.maxBytes;
  }

  /** Count an update that was applied. */
  add(doc: object, updateBytes: number): void {
    this.sizes.set(doc, (this.sizes.get(doc) ?? 0) + updateBytes);
  }
}

/** Which documents each socket has open (counted at authentication, released at disconnect). */
export class SocketDocuments {
  private readonly open = new Map<string, Set<string>>();

  constructor(private readonly max: number) {}

  /** Count one more document for the socket; false when it already has the maximum. */
  take(socketId: string, documentName: string): boolean {
    const set = this.open.get(socketId) ?? new Set<string>();
    if (!set.has(documentName) && set.size >= this.max) return false;
    set.add(documentName);
    this.open.set(socketId, set);
    return true;
  }

  release(socketId: string, documentName: string): void {
    const set = this.open.get(socketId);
    if (!set) return;
    set.delete(documentName);
    if (set.size === 0) this.open.delete(socketId);
  }

  forget(socketId: string): void {
    this.open.delete(socketId);
  }

  count(socketId: string): number {
    return this.open.get(socketId)?.size ?? 0;
  }
}
