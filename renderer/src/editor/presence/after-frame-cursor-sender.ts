import type { Range } from 'slate';
import { afterFrame } from '../after-frame';

export interface CursorSenderDeps {
  /** The editor's selection now (sent as it is when the message goes, not as it was when asked). */
  selection(): Range | null;
  isFocused(): boolean;
  /** slate-yjs can only map a range while the editor is bound to its doc. */
  connected(): boolean;
  /** withCursors' own sendCursorPosition: sets the awareness field, which the provider sends. */
  send(range: Range | null): void;
  /** When the send runs; returns cancel (tests run it by hand). */
  schedule?(run: () => void): () => void;
}

/**
 * The section editor's sendCursorPosition. Only the focused editor shows a caret to others: Slate keeps
 * a blurred editor's selection, and the stacked editors would otherwise show one caret per section the
 * user has visited. A caret move is sent in a task after the next frame, not in the keystroke's task
 * (withCursors sends on every onChange: encoding the awareness update and the socket send were ~0.3 ms of
 * each keystroke in the editor bench's CPU profile, issue #11); moves made before it runs are one
 * message. Clearing the caret (blur, or a move while unfocused) goes at once and drops a pending move.
 */
export function afterFrameCursorSender(deps: CursorSenderDeps): (range: Range | null) => void {
  const schedule = deps.schedule ?? afterFrame;
  let cancel: (() => void) | null = null;
  return (range) => {
    cancel?.();
    cancel = null;
    if (!range || !deps.isFocused()) {
      deps.send(null);
      return;
    }
    cancel = schedule(() => {
      cancel = null;
      if (!deps.connected()) return;
      const now = deps.selection();
      deps.send(now && deps.isFocused() ? now : null);
    });
  };
}
