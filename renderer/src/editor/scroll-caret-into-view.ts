import { defaultScrollSelectionIntoView, ReactEditor } from 'slate-react';

/**
 * Slate scrolls the selection into view after every change, in its selection effect, inside the
 * keystroke's task; any box read there lays the page out before the keystroke's frame could (a forced
 * layout of ~1–2 ms at 1,000 measures, editor bench). So the check waits for the next animation frame,
 * before that frame is drawn (the caret never shows out of view): one check per editor and frame, for
 * the caret as it is then. Slate's own scrolling (scroll-into-view-if-needed) walks every ancestor even
 * when nothing has to move, and while typing the caret is nearly always on screen already: when the
 * selection's box lies inside the window and the page's scroller, nothing to do; otherwise (or when the
 * box has no size, as on an empty line) Slate's scrolling runs.
 */
export const scrollCaretIntoView = createCaretScroll((run) => requestAnimationFrame(run), scrollIfOffScreen);

/**
 * The `scrollSelectionIntoView` for an Editable: `check` runs once at `schedule` (the next frame) for
 * the latest range asked for in each editor, or for the document's selection if it is in that editor
 * by then (a range kept from the keystroke may have lost its text node to a later render).
 */
export function createCaretScroll(
  schedule: (run: () => void) => void,
  check: (editor: ReactEditor, domRange: Range) => void,
  current: (editor: ReactEditor) => Range | null = selectionInEditor,
): (editor: ReactEditor, domRange: Range) => void {
  const pending = new Map<ReactEditor, Range>();
  return (editor, domRange) => {
    const waiting = pending.has(editor);
    pending.set(editor, domRange);
    if (waiting) return;
    schedule(() => {
      const asked = pending.get(editor);
      pending.delete(editor);
      const range = asked && (current(editor) ?? asked);
      // (An editor unmounted meanwhile has nothing on the page to scroll to.)
      if (range?.startContainer.isConnected) check(editor, range);
    });
  };
}

function selectionInEditor(editor: ReactEditor): Range | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode) return null;
  try {
    return ReactEditor.hasDOMNode(editor, sel.anchorNode, { editable: true }) ? sel.getRangeAt(0) : null;
  } catch {
    return null; // the editor is no longer on the page
  }
}

function scrollIfOffScreen(editor: ReactEditor, domRange: Range): void {
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
