import type * as Y from 'yjs';

/**
 * Section bodies the server seeded on load (one empty paragraph) and has not stored yet. The seed is
 * stored just before the body's first journaled edit (durable-ack-extension): journaled edits need that
 * seed after a crash, and a body nobody may write (a made-up section id, refused by the gate) leaves no
 * file behind.
 */
export class UnstoredSeeds {
  private readonly docs = new WeakSet<Y.Doc>();

  add(doc: Y.Doc): void {
    this.docs.add(doc);
  }

  has(doc: Y.Doc): boolean {
    return this.docs.has(doc);
  }

  /** The seed is stored. */
  stored(doc: Y.Doc): void {
    this.docs.delete(doc);
  }
}
