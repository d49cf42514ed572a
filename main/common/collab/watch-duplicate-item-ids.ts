import type * as Y from 'yjs';
import { DuplicateItemIds, ID_REPAIR_ORIGIN } from './duplicate-item-ids';

/** Did this transaction add or re-label a top-level block (the only ways two items can share an id)? */
function touchesTopLevel(tr: Y.Transaction, root: Y.XmlText): boolean {
  for (const [type, keys] of tr.changed) {
    if ((type as unknown) === root) return true;
    if (type._item?.parent === root && (keys.has('id') || keys.has('type'))) return true;
  }
  return false;
}

/**
 * Runs DuplicateItemIds.repair after every batch of transactions, local or remote, that changed the
 * body's list of blocks (a local undo can restore a copy as well as a colleague's update). It writes
 * once Yjs has cleaned up the whole batch ('afterAllTransactions'), not from 'afterTransaction': a
 * remote transaction begun later in the same batch would count our write as its own change, and Yjs
 * would then take our client id for someone else's. The repair is its own transaction with
 * ID_REPAIR_ORIGIN: the provider sends it like any local edit, the editor receives it like a remote
 * one, and withYHistory does not record it. Typing inside a block does not trigger a scan. `enabled`
 * is checked before writing: a read-only connection must not write (the server would drop the write
 * and the client would count it as unsynced forever); readers derive the same ids anyway.
 * Returns the unsubscribe function.
 */
export function watchDuplicateItemIds(root: Y.XmlText, enabled: () => boolean = () => true, origin: unknown = ID_REPAIR_ORIGIN): () => void {
  const doc = root.doc!;
  let due = false;
  const after = (tr: Y.Transaction) => {
    if (tr.origin !== origin && touchesTopLevel(tr, root)) due = true;
  };
  const afterAll = () => {
    if (!due) return;
    due = false;
    if (enabled()) DuplicateItemIds.repair(root, origin);
  };
  doc.on('afterTransaction', after);
  doc.on('afterAllTransactions', afterAll);
  return () => {
    doc.off('afterTransaction', after);
    doc.off('afterAllTransactions', afterAll);
  };
}
