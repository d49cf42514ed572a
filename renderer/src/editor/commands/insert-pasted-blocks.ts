import { Editor, Node, Path, Range, Transforms } from 'slate';
import type { Block } from '../../../../main/common/model/element-types';
import { blockAtSelection } from './block-at-selection';
import { insertPlainBlocks } from './insert-plain-blocks';

const textOf = (b: Block): string => (b.type === 'table' ? '' : b.children.map((l) => l.text).join(''));

/**
 * Paste recognised blocks (items with their level, units and run-in title; paragraphs). Only
 * paragraphs: the text flows into the caret's block as before. With items: an empty block at the caret
 * is replaced by them; otherwise the block is split at the caret and they go between the halves (an
 * item keeps its own fields, never merged into the block typed in).
 */
export function insertPastedBlocks(editor: Editor, args: { blocks: Block[] }): void {
  const { blocks } = args;
  if (blocks.length === 0 || !editor.selection) return;
  if (blocks.every((b) => b.type === 'paragraph')) {
    insertPlainBlocks(editor, { texts: blocks.map(textOf) });
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    if (Range.isExpanded(editor.selection!)) Transforms.delete(editor);
    const entry = blockAtSelection(editor);
    if (!entry) return;
    const [node, path] = entry;
    let at: Path;
    if (Node.string(node) === '' && node.type !== 'table') {
      Transforms.removeNodes(editor, { at: path });
      at = path;
    } else if (Editor.isEnd(editor, editor.selection!.anchor, path)) {
      at = Path.next(path);
    } else if (Editor.isStart(editor, editor.selection!.anchor, path)) {
      at = path;
    } else {
      Transforms.splitNodes(editor, { always: true, match: (_n, p) => Path.equals(p, path) });
      at = Path.next(path);
    }
    Transforms.insertNodes(editor, blocks as never, { at });
    const last = [at[0]! + blocks.length - 1];
    Transforms.select(editor, Editor.end(editor, last));
  });
}
