import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import { Ids } from '../../../../main/common/model/ids';
import type { Item } from '../../../../main/common/model/item';
import { blockAtSelection } from './block-at-selection';
import { freshItemFields, ITEM_FIELDS } from './item-fields';

/**
 * Enter. In an item it makes a new item of the same level and role with a NEW id and no units
 * (Slate's split copies every property, id included: COEDITING.md §2.5). Enter in an empty item
 * turns it back into a paragraph, as Word does with an empty list item.
 */
export function insertBreak(editor: Editor, _args: Record<string, never> = {}): void {
  const entry = blockAtSelection(editor);
  if (!entry || !editor.selection) return;
  const [block, path] = entry;
  if (block.type !== 'item') {
    splitBlock(editor, path);
    return;
  }
  if (Node.string(block) === '' && Range.isCollapsed(editor.selection)) {
    Editor.withoutNormalizing(editor, () => {
      Transforms.unsetNodes(editor, [...ITEM_FIELDS], { at: path });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    });
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    splitBlock(editor, path);
    const next = Path.next(path);
    const item = block as Item;
    Transforms.setNodes(editor, freshItemFields(Ids.create('m'), item.level, item.role), { at: next });
    // The run-in title belongs to the old item; the new one starts as plain text.
    Transforms.unsetNodes(editor, 'lead', { at: next, match: (n) => !Element.isElement(n) && 'lead' in n, mode: 'all' });
  });
}

function splitBlock(editor: Editor, path: Path): void {
  if (editor.selection && Range.isExpanded(editor.selection)) Transforms.delete(editor);
  Transforms.splitNodes(editor, { always: true, match: (_n, p) => p.length === path.length && Path.equals(p, path) });
}
