import { defaultScrollSelectionIntoView, type ReactEditor } from 'slate-react';

/**
 * Slate scrolls the selection into view after every change with scroll-into-view-if-needed, which walks
 * every ancestor of the caret (sizes, computed styles) even when nothing has to move: about a tenth of a
 * keystroke's script (editor bench, CPU profile). While typing, the caret is nearly always on screen
 * already: when the selection's box lies inside the window and the page's scroller, nothing to do;
 * otherwise (or when the box has no size, as on an empty line) Slate's own scrolling runs.
 */
export function scrollCaretIntoView(editor: ReactEditor, domRange: Range): void {
  const box = domRange.getBoundingClientRect();
  if ((box.width > 0 || box.height > 0) && isOnScreen(box, domRange)) return;
  defaultScrollSelectionIntoView(editor, domRange);
}

function isOnScreen(box: DOMRect, domRange: Range): boolean {
  if (box.top < 0 || box.left < 0 || box.bottom > innerHeight || box.right > innerWidth) return false;
  const node = domRange.startContainer;
  const scroller = (node instanceof Element ? node : node.parentElement)?.closest('.doc-scroll');
  if (!scroller) return true;
  const view = scroller.getBoundingClientRect();
  return box.top >= view.top && box.bottom <= view.bottom;
}
