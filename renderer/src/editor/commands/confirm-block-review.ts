import { Transforms, type Editor, type Element } from 'slate';
import { ReactEditor } from 'slate-react';

/** The block's target figures were checked: remove its `review` flag (the 体检 finding goes with it). */
export function confirmBlockReview(editor: Editor, element: Element): void {
  const path = ReactEditor.findPath(editor as ReactEditor, element);
  Transforms.unsetNodes(editor, 'review', { at: path });
}
