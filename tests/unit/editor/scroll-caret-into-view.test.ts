import { describe, expect, it } from 'vitest';
import type { ReactEditor } from 'slate-react';
import { createCaretScroll } from '../../../renderer/src/editor/scroll-caret-into-view';

const range = (name: string, isConnected = true) => ({ name, startContainer: { isConnected } }) as unknown as Range;

/** A caret scroll whose next frame the test runs by hand. */
function harness(current: (editor: ReactEditor) => Range | null = () => null) {
  const frames: Array<() => void> = [];
  const checked: Array<[ReactEditor, Range]> = [];
  const scroll = createCaretScroll((run) => frames.push(run), (editor, r) => checked.push([editor, r]), current);
  const frame = () => frames.splice(0).forEach((run) => run());
  return { scroll, frame, frames, checked };
}

describe('createCaretScroll', () => {
  it('checks nothing in the keystroke, then once per editor in the frame, for the latest range', () => {
    const h = harness();
    const editor = {} as ReactEditor;
    h.scroll(editor, range('first'));
    h.scroll(editor, range('second'));
    expect(h.checked).toEqual([]);
    expect(h.frames).toHaveLength(1);
    h.frame();
    expect(h.checked).toEqual([[editor, range('second')]]);
    h.scroll(editor, range('third'));
    h.frame();
    expect(h.checked.map(([, r]) => (r as unknown as { name: string }).name)).toEqual(['second', 'third']);
  });

  it('checks each editor asked for', () => {
    const h = harness();
    const one = {} as ReactEditor;
    const two = {} as ReactEditor;
    h.scroll(one, range('one'));
    h.scroll(two, range('two'));
    h.frame();
    expect(h.checked).toEqual([[one, range('one')], [two, range('two')]]);
  });

  it('prefers the selection as it is at the frame, and skips a range no longer on the page', () => {
    const now = range('now');
    const h = harness((editor) => ((editor as unknown as { live?: boolean }).live ? now : null));
    const live = { live: true } as unknown as ReactEditor;
    const gone = {} as ReactEditor;
    h.scroll(live, range('asked'));
    h.scroll(gone, range('detached', false));
    h.frame();
    expect(h.checked).toEqual([[live, now]]);
  });
});
