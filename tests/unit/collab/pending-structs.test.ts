import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PendingStructs } from '../../../main/common/collab/pending-structs';

const sv = (doc: Y.Doc) => Object.fromEntries(Y.decodeStateVector(Y.encodeStateVector(doc)));

/**
 * The stall the convergence fuzz found (seed 4299), reduced: client A types "abcdefghij" in three
 * updates; B inserts between g and h (so B depends on A's clock 7); A then writes after B's text (A
 * depends on B) and at the start (a later clock of A). A receiver gets them out of order.
 */
function outOfOrderUpdates(): { updates: Uint8Array[]; author: Y.Doc } {
  const a = new Y.Doc();
  a.clientID = 1;
  const b = new Y.Doc();
  // Yjs integrates the higher client id first; B's struct must be tried before A's gap.
  b.clientID = 2;
  const updates: Uint8Array[] = [];
  const record = (doc: Y.Doc, f: () => void) => {
    const before = Y.encodeStateVector(doc);
    f();
    updates.push(Y.encodeStateAsUpdate(doc, before));
  };
  const ta = a.getText('t');
  record(a, () => ta.insert(0, 'ab')); // u0: A 0..1
  record(a, () => ta.insert(2, 'cdefg')); // u1: A 2..6
  record(a, () => ta.insert(7, 'hij')); // u2: A 7..9
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  record(b, () => b.getText('t').insert(7, '乙')); // u3: B 0, between A6 and A7
  Y.applyUpdate(a, updates[3]!);
  record(a, () => ta.insert(8, '甲甲甲甲')); // u4: A 10..13, after B's character
  record(a, () => ta.insert(0, '始')); // u5: A 14
  return { updates, author: a };
}

/** The order that stalls Yjs 13.6: u0, u3, u5, u1 (retry records A:13 as missing), u2, u4. */
const STALLING_ORDER = [0, 3, 5, 1, 2, 4];

describe('PendingStructs', () => {
  it('reproduces the Yjs 13.6 stall: everything has arrived, yet the doc stays behind', () => {
    const { updates, author } = outOfOrderUpdates();
    const doc = new Y.Doc();
    for (const i of STALLING_ORDER) Y.applyUpdate(doc, updates[i]!);
    expect(PendingStructs.has(doc)).toBe(true);
    expect(sv(doc)).not.toEqual(sv(author));
    // The data is there: a fresh doc built from this one's full state (pending included) is complete.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
    expect(fresh.getText('t').toString()).toBe(author.getText('t').toString());
  });

  it('retry integrates a stalled pending update', () => {
    const { updates, author } = outOfOrderUpdates();
    const doc = new Y.Doc();
    for (const i of STALLING_ORDER) Y.applyUpdate(doc, updates[i]!);
    expect(PendingStructs.retry(doc, 'net')).toBe(true);
    expect(PendingStructs.has(doc)).toBe(false);
    expect(doc.getText('t').toString()).toBe('始abcdefg乙甲甲甲甲hij');
    expect(sv(doc)).toEqual(sv(author));
    expect(PendingStructs.retry(doc, 'net')).toBe(false);
  });

  it('watch: the doc converges as the updates arrive, the retry keeps the remote origin and runs after the batch', () => {
    const { updates, author } = outOfOrderUpdates();
    const doc = new Y.Doc();
    const stop = PendingStructs.watch(doc, (o) => o === 'net');
    const origins: unknown[] = [];
    doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    const ownId = doc.clientID;
    for (const i of STALLING_ORDER) Y.applyUpdate(doc, updates[i]!, 'net');
    expect(PendingStructs.has(doc)).toBe(false);
    expect(doc.getText('t').toString()).toBe(author.getText('t').toString());
    expect(origins.every((o) => o === 'net')).toBe(true);
    expect(doc.clientID).toBe(ownId);
    stop();
  });

  it('watch ignores local transactions (their updates are complete) and stops when unsubscribed', () => {
    const { updates } = outOfOrderUpdates();
    const doc = new Y.Doc();
    const stop = PendingStructs.watch(doc, (o) => o === 'net');
    stop();
    for (const i of STALLING_ORDER) Y.applyUpdate(doc, updates[i]!, 'net');
    expect(PendingStructs.has(doc)).toBe(true);
    const local = new Y.Doc();
    PendingStructs.watch(local, (o) => o === 'net');
    for (const i of STALLING_ORDER) Y.applyUpdate(local, updates[i]!, 'local');
    expect(PendingStructs.has(local)).toBe(true);
  });
});
