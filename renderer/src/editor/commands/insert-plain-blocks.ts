import { Editor, Element, Path, Range, Transforms } from 'slate';
import { Paragraph } from '../../../../main/common/model/paragraph';
import { blockAtSelection } from './block-at-selection';
import { ITEM_FIELDS } from './item-fields';

/**
 * Paste clean texts: the first continues the current block, the last is followed by what stood after
 * the caret, the ones between become plain paragraphs (no foreign formatting, no copied item ids).
 */
export function insertPlainBlocks(editor: Editor, args: { texts: string[] }): void {
  const [first, ...rest] = args.texts;
  if (first === undefined || !editor.selection) return;
  Editor.withoutNormalizing(editor, () => {
    if (Range.isExpanded(editor.selection!)) Transforms.delete(editor);
    Transforms.insertText(editor, first);
    if (rest.length === 0) return;
    const entry = blockAtSelection(editor);
    if (!entry) return;
    const path = entry[1];
    Transforms.splitNodes(editor, { always: true, match: (_n, p) => Path.equals(p, path) });
    const tail = Path.next(path);
    Transforms.unsetNodes(editor, [...ITEM_FIELDS], { at: tail });
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: tail });
    Transforms.unsetNodes(editor, 'lead', { at: tail, match: (n) => !Element.isElement(n), mode: 'all' });
    const middle = rest.slice(0, -1);
    const last = rest[rest.length - 1]!;
    if (middle.length > 0) Transforms.insertNodes(editor, middle.map((t) => Paragraph.create(t)), { at: tail });
    const lastPath = [tail[0]! + middle.length];
    const start = Editor.start(editor, lastPath);
    Transforms.insertText(editor, last, { at: start });
    Transforms.select(editor, { path: start.path, offset: start.offset + last.length });
  });
}
