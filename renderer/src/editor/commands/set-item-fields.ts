import { Editor, Element, Transforms } from 'slate';
import type { Item } from '../../../../main/common/model/item';

export type ItemFieldsPatch = Partial<Pick<Item, 'leadUnits' | 'supportUnits' | 'deadline'>>;

/** Set the responsibility data of the item with this id (found by id: the selection may have moved on). */
export function setItemFields(editor: Editor, args: { id: string; patch: ItemFieldsPatch }): void {
  const at = findItemPath(editor, args.id);
  if (!at) return;
  // Flat values only: a concurrent edit of another field must survive (docs/coediting.md#flat-attributes-and-no-false-marks).
  Transforms.setNodes(editor, { ...args.patch }, { at });
}

export function findItemPath(editor: Editor, id: string): number[] | null {
  const index = editor.children.findIndex((n) => Element.isElement(n) && n.type === 'item' && n.id === id);
  return index < 0 ? null : [index];
}

export function findItem(editor: Editor, id: string): Item | null {
  const path = findItemPath(editor, id);
  return path ? (Editor.node(editor, path)[0] as Item) : null;
}
