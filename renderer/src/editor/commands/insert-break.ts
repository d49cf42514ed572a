import { Editor, Node, Range, Transforms } from 'slate';
import { splitBlockWithFreshId } from '../../../../main/common/collab/split-block';
import { blockAtSelection } from './block-at-selection';
import { ITEM_FIELDS } from './item-fields';

/**
 * Enter. In an item it makes a new item of the same level and role with a NEW id and no units
 * (Slate's split copies every property, id included: docs/coediting.md#normalisers-remove-never-insert-ids-at-creation); the split itself is the shared,
 * fuzz-tested splitBlockWithFreshId. Enter in an empty item turns it back into a paragraph, as Word does
 * with an empty list item.
 */
export function insertBreak(editor: Editor, _args: Record<string, never> = {}): void {
  const entry = blockAtSelection(editor);
  if (!entry || !editor.selection) return;
  const [block, path] = entry;
  if (block.type === 'item' && Node.string(block) === '' && Range.isCollapsed(editor.selection)) {
    Editor.withoutNormalizing(editor, () => {
      Transforms.unsetNodes(editor, [...ITEM_FIELDS], { at: path });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    });
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    if (Range.isExpanded(editor.selection!)) Transforms.delete(editor);
    splitBlockWithFreshId(editor, editor.selection!.anchor);
  });
}
