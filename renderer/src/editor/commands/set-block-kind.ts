import { Editor, Transforms } from 'slate';
import { Ids } from '../../../../main/common/model/ids';
import type { ItemRole } from '../../../../main/common/model/item';
import { blocksInSelection } from './block-at-selection';
import { freshItemFields, ITEM_FIELDS } from './item-fields';

export type BlockKind = 'paragraph' | ItemRole;

/**
 * Turn the selected blocks into paragraphs or items of a role. A paragraph becoming an item gets its id
 * here, at creation; an item changing role keeps its id and units.
 */
export function setBlockKind(editor: Editor, args: { kind: BlockKind }): void {
  Editor.withoutNormalizing(editor, () => {
    for (const [block, path] of blocksInSelection(editor)) {
      if (block.type === 'table' || block.type === 'table-row' || block.type === 'table-cell') continue;
      if (args.kind === 'paragraph') {
        if (block.type !== 'item') continue;
        Transforms.unsetNodes(editor, [...ITEM_FIELDS], { at: path });
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      } else if (block.type === 'item') {
        if (block.role !== args.kind) Transforms.setNodes(editor, { role: args.kind }, { at: path });
      } else {
        Transforms.setNodes(editor, { type: 'item', ...freshItemFields(Ids.create('m'), 3, args.kind) }, { at: path });
      }
    }
  });
}

/** The kind of the block holding the selection, for the toolbar's pressed state. */
export function blockKindAt(editor: Editor): BlockKind | null {
  const [first] = blocksInSelection(editor);
  if (!first) return null;
  const [block] = first;
  if (block.type === 'item') return block.role;
  return block.type === 'paragraph' ? 'paragraph' : null;
}
