import { describe, expect, it } from 'vitest';
import type { Range } from 'slate';
import { afterFrameCursorSender, CURSOR_SEND_INTERVAL_MS } from '../../../renderer/src/editor/presence/after-frame-cursor-sender';

const at = (offset: number): Range => ({ anchor: { path: [0, 0], offset }, focus: { path: [0, 0], offset } });

/** A sender whose "after the delay and the frame" and clock the test runs by hand. */
function harness() {
  const state = { selection: at(0) as Range | null, focused: true, connected: true, now: 1000 };
  const sent: Array<Range | null> = [];
  const pending: Array<() => void> = [];
  const delays: number[] = [];
  const sender = afterFrameCursorSender({
    selection: () => state.selection, isFocused: () => state.focused, connected: () => state.connected,
    send: (r) => sent.push(r),
    schedule: (run, delay) => {
      pending.push(run);
      delays.push(delay);
      return () => pending.splice(pending.indexOf(run), 1);
    },
    now: () => state.now,
  });
  const frame = () => pending.splice(0).forEach((run) => run());
  return { state, sent, pending, delays, sender, frame };
}

describe('afterFrameCursorSender', () => {
  it('sends nothing in the keystroke, then one message with the selection as it is after the frame', () => {
    const h = harness();
    h.state.selection = at(1);
    h.sender(at(1));
    h.state.selection = at(2);
    h.sender(at(2));
    expect(h.sent).toEqual([]);
    expect(h.pending).toHaveLength(1);
    h.state.selection = at(3);
    h.frame();
    expect(h.sent).toEqual([at(3)]);
  });

  it('clears the caret at once on blur and drops the move still waiting', () => {
    const h = harness();
    h.sender(at(1));
    h.sender(null);
    expect(h.sent).toEqual([null]);
    h.frame();
    expect(h.sent).toEqual([null]);
  });

  it('an unfocused editor shows no caret: null at once, and null if the focus left before the frame', () => {
    const h = harness();
    h.state.focused = false;
    h.sender(at(1));
    expect(h.sent).toEqual([null]);
    h.state.focused = true;
    h.sender(at(2));
    h.state.focused = false;
    h.frame();
    expect(h.sent).toEqual([null, null]);
  });

  it('sends nothing once the editor is no longer bound to its doc', () => {
    const h = harness();
    h.sender(at(1));
    h.state.connected = false;
    h.frame();
    expect(h.sent).toEqual([]);
  });

  it('sends a move no sooner than CURSOR_SEND_INTERVAL_MS after the previous one, and at the next frame after a pause', () => {
    const h = harness();
    h.sender(at(1));
    h.frame();
    expect(h.delays).toEqual([0]);
    h.state.now += 30;
    h.sender(at(2));
    h.state.now += 10;
    h.sender(at(3));
    expect(h.delays).toEqual([0, CURSOR_SEND_INTERVAL_MS - 30]);
    h.state.selection = at(3);
    h.state.now += CURSOR_SEND_INTERVAL_MS;
    h.frame();
    expect(h.sent).toEqual([at(0), at(3)]);
    h.state.now += CURSOR_SEND_INTERVAL_MS + 1;
    h.sender(at(4));
    expect(h.delays).toEqual([0, CURSOR_SEND_INTERVAL_MS - 30, 0]);
  });
});
