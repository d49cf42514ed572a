import { Editor, Element, Node, Path, Transforms, type Point } from 'slate';
import { Ids } from '../model/ids';

/** Attributes an item carries besides type and children; a split item gets fresh ones. */
const ITEM_ATTRS = ['id', 'level', 'role', 'leadUnits', 'supportUnits', 'deadline'] as const;

/**
 * Enter at `at`, as a pure editor command: split the top-level block containing `at`. Slate's
 * split_node copies every property, id included (docs/coediting.md#normalisers-remove-never-insert-ids-at-creation), so when the block is an item the
 * new half gets a NEW id from `mintId` and no units or deadline; the run-in title (`lead`) stays with
 * the old half. Everything happens in one withoutNormalizing batch, so slate-yjs writes it to Yjs in
 * one transaction: no peer ever sees two items with the same id.
 * Returns the path of the new block, or null when `at` is not inside a top-level block.
 */
export function splitBlockWithFreshId(editor: Editor, at: Point, mintId: () => string = () => Ids.create('m')): Path | null {
  const top = at.path[0];
  if (top === undefined || !Node.has(editor, [top])) return null;
  const block = Node.get(editor, [top]);
  if (!Element.isElement(block)) return null;
  const next = Path.next([top]);
  Editor.withoutNormalizing(editor, () => {
    Transforms.splitNodes(editor, { at, always: true, match: (_n, p) => p.length === 1 && p[0] === top });
    if ((block as { type?: string }).type !== 'item') return;
    const old = block as unknown as Record<string, unknown>;
    const fresh = { id: mintId(), level: old['level'], role: old['role'], leadUnits: [], supportUnits: [] };
    Transforms.setNodes(editor, fresh as never, { at: next });
    // The new item has no deadline. A null-valued attribute needs care: Slate's split_node drops null
    // properties from the new node while slate-yjs copies them into Yjs, so the author's tree and every
    // peer's tree would differ. Setting then unsetting makes both sides remove it.
    if (old['deadline'] === null) Transforms.setNodes(editor, { deadline: '' } as never, { at: next });
    if ('deadline' in old) Transforms.unsetNodes(editor, 'deadline', { at: next });
    // The new half was written here, not taken from the 条款库.
    if ('source' in old) Transforms.unsetNodes(editor, 'source', { at: next });
    Transforms.unsetNodes(editor, 'lead', { at: next, match: (n) => !Element.isElement(n) && 'lead' in n, mode: 'all' });
  });
  return next;
}

/** The attribute names that make an element an item (what a paragraph must not carry). */
export const ITEM_ATTRIBUTES: readonly string[] = ITEM_ATTRS;
