import type { Range } from 'slate';
import { afterFrame } from '../after-frame';

/**
 * At most one caret move per this many ms goes to co-editors while typing: each send encodes the whole
 * awareness state, sends it and has the server pass it to everyone in the section, per keystroke; a
 * remote caret a tenth of a second behind reads the same.
 */
export const CURSOR_SEND_INTERVAL_MS = 100;

export interface CursorSenderDeps {
  /** The editor's selection now (sent as it is when the message goes, not as it was when asked). */
  selection(): Range | null;
  isFocused(): boolean;
  /** slate-yjs can only map a range while the editor is bound to its doc. */
  connected(): boolean;
  /** withCursors' own sendCursorPosition: sets the awareness field, which the provider sends. */
  send(range: Range | null): void;
  /** Runs `run` after `delay` ms and then the next frame; returns cancel (tests run it by hand). */
  schedule?(run: () => void, delay: number): () => void;
  now?(): number;
}

/**
 * The section editor's sendCursorPosition. Only the focused editor shows a caret to others: Slate keeps
 * a blurred editor's selection, and the stacked editors would otherwise show one caret per section the
 * user has visited. A caret move is sent in a task after the next frame, not in the keystroke's task
 * (withCursors sends on every onChange: encoding the awareness update and the socket send were ~0.3 ms of
 * each keystroke in the editor bench's CPU profile, issue #11), and no sooner than CURSOR_SEND_INTERVAL_MS
 * after the previous move; moves made before it runs are one message, with the selection as it is then.
 * Clearing the caret (blur, or a move while unfocused) goes at once and drops a pending move.
 */
export function afterFrameCursorSender(deps: CursorSenderDeps): (range: Range | null) => void {
  const schedule = deps.schedule ?? afterDelayAndFrame;
  const now = deps.now ?? (() => performance.now());
  let cancel: (() => void) | null = null;
  let lastSent = -Infinity;
  return (range) => {
    if (!range || !deps.isFocused()) {
      cancel?.();
      cancel = null;
      deps.send(null);
      return;
    }
    if (cancel) return;
    cancel = schedule(() => {
      cancel = null;
      if (!deps.connected()) return;
      const current = deps.selection();
      lastSent = now();
      deps.send(current && deps.isFocused() ? current : null);
    }, Math.max(0, lastSent + CURSOR_SEND_INTERVAL_MS - now()));
  };
}

function afterDelayAndFrame(run: () => void, delay: number): () => void {
  if (delay <= 0) return afterFrame(run);
  let cancelFrame: (() => void) | null = null;
  const timer = setTimeout(() => {
    cancelFrame = afterFrame(run);
  }, delay);
  return () => {
    clearTimeout(timer);
    cancelFrame?.();
  };
}
