import { Editor, Transforms } from 'slate';
import type { ItemLevel } from '../../../../main/common/model/item';
import { blocksInSelection } from './block-at-selection';

/** Sub-item (level 4, （1）) ↔ item (level 3, 1.) for every selected item; paragraphs are left alone. */
export function setItemLevel(editor: Editor, args: { level: ItemLevel }): void {
  Editor.withoutNormalizing(editor, () => {
    for (const [block, path] of blocksInSelection(editor)) {
      if (block.type === 'item' && block.level !== args.level) Transforms.setNodes(editor, { level: args.level }, { at: path });
    }
  });
}

/** Toggle between 1. and （1）: the keyboard shortcut and the toolbar button. */
export function toggleSubItem(editor: Editor, _args: Record<string, never> = {}): void {
  const [first] = blocksInSelection(editor);
  if (!first || first[0].type !== 'item') return;
  setItemLevel(editor, { level: first[0].level === 4 ? 3 : 4 });
}
