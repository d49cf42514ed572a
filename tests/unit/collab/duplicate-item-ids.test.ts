import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DuplicateItemIds, ID_REPAIR_ORIGIN } from '../../../main/common/collab/duplicate-item-ids';
import { watchDuplicateItemIds } from '../../../main/common/collab/watch-duplicate-item-ids';
import type { Body } from '../../../main/common/model/element-types';
import { Ids } from '../../../main/common/model/ids';

const item = (id: string, text: string) => ({
  type: 'item' as const, id, level: 3 as const, role: 'measure' as const, leadUnits: [], supportUnits: [], deadline: null, children: [{ text }],
});
const BODY: Body = [{ type: 'paragraph', children: [{ text: '总体要求。' }] }, item('m-1', '推进示范创建。')];

/** Two peers with the seeded body; each deletes the item (the same one) and undoes that, concurrently. */
function concurrentUndo(ids: [number, number] = [1, 2], sync = true): [Y.Doc, Y.Doc] {
  const seed = new Y.Doc();
  BodyDoc.write(seed, BODY);
  const peers = ids.map((clientId) => {
    const doc = new Y.Doc();
    doc.clientID = clientId;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(seed));
    const undo = new Y.UndoManager(BodyDoc.root(doc));
    BodyDoc.root(doc).delete(1, 1);
    undo.undo();
    return doc;
  }) as [Y.Doc, Y.Doc];
  if (sync) exchange(peers[0], peers[1]);
  return peers;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  const ua = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const ub = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(a, ub);
  Y.applyUpdate(b, ua);
}

const storedIds = (doc: Y.Doc) => BodyDoc.root(doc).toDelta().map((op: { insert: Y.XmlText }) => op.insert.getAttribute('id'));
const readIds = (doc: Y.Doc) => BodyDoc.read(doc).flatMap((b) => (b.type === 'item' ? [b.id] : []));

describe('duplicate item ids after concurrent undo', () => {
  it('two undos of one deletion restore two copies with the same stored id', () => {
    const [a] = concurrentUndo();
    expect(storedIds(a)).toEqual([undefined, 'm-1', 'm-1']);
  });

  it('every reader derives the same unique ids: the copy with the smaller Yjs id keeps it', () => {
    const [a, b] = concurrentUndo();
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.mergeUpdates([Y.encodeStateAsUpdate(a), Y.encodeStateAsUpdate(b)]));
    const ids = readIds(a);
    expect(new Set(ids).size).toBe(2);
    expect(readIds(b)).toEqual(ids);
    expect(readIds(fresh)).toEqual(ids);
    // Peer 1's copy (client 1) keeps m-1; peer 2's copy is named after its own Yjs element.
    const copies = BodyDoc.root(a).toDelta().slice(1).map((op: { insert: Y.XmlText }) => op.insert);
    const keeper = copies.find((c: Y.XmlText) => c._item!.id.client === 1)!;
    const other = copies.find((c: Y.XmlText) => c._item!.id.client === 2)!;
    expect(ids).toContain('m-1');
    expect(ids).toContain(`m-1-y2-${other._item!.id.clock.toString(36)}`);
    expect(DuplicateItemIds.renames(BodyDoc.root(a)).map((r) => r.element)).toEqual([other]);
    expect(keeper).not.toBe(other);
  });

  it('the rule does not depend on who is first in the document', () => {
    const [a] = concurrentUndo([7, 3]);
    const keeper = DuplicateItemIds.renames(BodyDoc.root(a))[0]!;
    expect(keeper.element._item!.id.client).toBe(7);
    expect(keeper.id).toMatch(/^m-1-y7-/);
  });

  it('concurrent repairs write the same values; reading before and after gives identical JSON', () => {
    const [a, b] = concurrentUndo();
    const before = BodyDoc.read(a);
    expect(DuplicateItemIds.repair(BodyDoc.root(a))).toBe(1);
    expect(DuplicateItemIds.repair(BodyDoc.root(b))).toBe(1);
    exchange(a, b);
    expect(storedIds(a)).toEqual(storedIds(b));
    expect(new Set(storedIds(a).slice(1)).size).toBe(2);
    expect(BodyDoc.read(a)).toEqual(before);
    expect(BodyDoc.read(b)).toEqual(before);
    expect(DuplicateItemIds.repair(BodyDoc.root(a))).toBe(0);
  });

  it('the watcher repairs after the update that brought the second copy, with an origin undo ignores', () => {
    const [x, y] = concurrentUndo([1, 2], false);
    const a = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(x));
    const stop = watchDuplicateItemIds(BodyDoc.root(a));
    const undo = new Y.UndoManager(BodyDoc.root(a));
    const origins: unknown[] = [];
    a.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(y), 'net');
    expect(new Set(storedIds(a).slice(1)).size).toBe(2);
    expect(origins).toEqual(['net', ID_REPAIR_ORIGIN]);
    expect(undo.undoStack).toHaveLength(0);
    // Unsubscribed: a third copy stays as it came.
    stop();
    const z = new Y.Doc();
    Y.applyUpdate(z, Y.encodeStateAsUpdate(y));
    BodyDoc.root(z).insertEmbed(0, (BodyDoc.root(z).toDelta()[1] as { insert: Y.XmlText }).insert.clone());
    Y.applyUpdate(a, Y.encodeStateAsUpdate(z, Y.encodeStateVector(a)), 'net');
    expect(origins).toEqual(['net', ID_REPAIR_ORIGIN, 'net']);
  });

  it('a read-only connection does not write the repair (the server would drop it); its reader still derives the ids', () => {
    const [x, y] = concurrentUndo([1, 2], false);
    const a = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(x));
    watchDuplicateItemIds(BodyDoc.root(a), () => false);
    const origins: unknown[] = [];
    a.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(y), 'net');
    expect(origins).toEqual(['net']);
    expect(storedIds(a)).toEqual([undefined, 'm-1', 'm-1']);
    expect(new Set(readIds(a)).size).toBe(2);
  });

  it('derived ids stay valid node ids, also for long ids and repeated derivation', () => {
    const [a] = concurrentUndo();
    const el = DuplicateItemIds.renames(BodyDoc.root(a))[0]!.element;
    const long = 'm-' + 'x'.repeat(62);
    const once = DuplicateItemIds.derivedId(long, el);
    expect(once.length).toBeLessThanOrEqual(64);
    expect(Ids.isNodeId(once)).toBe(true);
    expect(Ids.isNodeId(DuplicateItemIds.derivedId(once, el))).toBe(true);
  });
});
