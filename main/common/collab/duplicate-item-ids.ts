import * as Y from 'yjs';

/** Origin of the repair's writes: not the editor's local origin, so undo never records them. */
export const ID_REPAIR_ORIGIN = Symbol('duplicate-item-ids:repair');

const MAX_ID_LENGTH = 64;

/** A top-level item that must carry another id than the one stored, and where it is in the body. */
export interface ItemIdRename {
  index: number;
  element: Y.XmlText;
  id: string;
}

function yId(element: Y.XmlText): { client: number; clock: number } {
  // Every embedded element is an item in the root's list; an unintegrated one cannot be in toDelta().
  return element._item!.id;
}

function before(a: Y.XmlText, b: Y.XmlText): boolean {
  const x = yId(a);
  const y = yId(b);
  return x.client !== y.client ? x.client < y.client : x.clock < y.clock;
}

/**
 * Two copies of one item id can reach a body without anyone minting an id: two peers delete the same
 * item concurrently and both undo (each undo re-inserts its own copy), or two peers move the same
 * item (slate-yjs moves by delete + re-insert). Ids are assigned at creation and on split, never in a
 * normaliser (docs/coediting.md#normalisers-remove-never-insert-ids-at-creation): a normaliser that minted random ids would write different ids on
 * every peer. This rule mints nothing random. Among items sharing an id, the one whose Yjs element has
 * the smallest Yjs id (client, then clock) keeps it; every other copy gets `<id>-y<client>-<clock>`
 * from its OWN Yjs element id. So the result depends only on the Yjs state: every peer, the server's
 * reader and a fresh reader compute the same ids, and peers that write the repair concurrently write
 * the same value to the same element (last writer wins between equal values).
 */
export const DuplicateItemIds = {
  derivedId(id: string, element: Y.XmlText): string {
    const { client, clock } = yId(element);
    const suffix = `-y${client.toString(36)}-${clock.toString(36)}`;
    return id.slice(0, MAX_ID_LENGTH - suffix.length) + suffix;
  },

  /** The copies that must show a derived id, in document order (index = top-level block index). */
  renames(root: Y.XmlText): ItemIdRename[] {
    const byId = new Map<string, Array<{ index: number; element: Y.XmlText }>>();
    root.toDelta().forEach((op: { insert?: unknown }, index: number) => {
      const element = op.insert;
      if (!(element instanceof Y.XmlText) || element.getAttribute('type') !== 'item') return;
      const id: unknown = element.getAttribute('id');
      if (typeof id !== 'string') return;
      const copies = byId.get(id) ?? [];
      copies.push({ index, element });
      byId.set(id, copies);
    });
    const out: ItemIdRename[] = [];
    for (const [id, copies] of byId) {
      if (copies.length < 2) continue;
      const keeper = copies.reduce((k, c) => (before(c.element, k.element) ? c : k));
      for (const c of copies) if (c !== keeper) out.push({ ...c, id: DuplicateItemIds.derivedId(id, c.element) });
    }
    return out.sort((a, b) => a.index - b.index);
  },

  /**
   * Write the derived ids into Yjs, so the editor (inspector, numbering) sees unique ids too; what a
   * reader shows does not change (it derives the same ids). Returns how many items were renamed.
   */
  repair(root: Y.XmlText, origin: unknown = ID_REPAIR_ORIGIN): number {
    const renames = DuplicateItemIds.renames(root);
    if (renames.length === 0) return 0;
    root.doc!.transact(() => {
      for (const r of renames) r.element.setAttribute('id', r.id);
    }, origin);
    return renames.length;
  },
};
