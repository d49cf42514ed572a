import { YjsEditor } from '@slate-yjs/core';
import { resyncFromYjs } from './resync-from-yjs';

const RESTORED = Symbol('origin restored');

/**
 * slate-yjs's withOrigin sets the origin, runs, and resets it without try/finally: after a throw the
 * editor keeps the remote origin, and every later local op would count as remote and never reach Yjs.
 * withOrigin(origin, fn) leaves `origin` set when fn throws, which is exactly the reset we need.
 */
function restoreOrigin(editor: YjsEditor, origin: unknown): void {
  try {
    YjsEditor.withOrigin(editor, origin, () => {
      throw RESTORED;
    });
  } catch (e) {
    if (e !== RESTORED) throw e;
  }
}

/**
 * slate-yjs 1.0.2 can throw while it maps between the Slate tree and Yjs ("Path doesn't match yText,
 * yTarget spans multiple nodes", "Cannot find a descendant at path": slate-yjs #394, PR #430; the
 * convergence fuzz finds both, e.g. seed 4830 of fuzz-marks-resync). By then Yjs holds the truth (a
 * remote transaction is fully integrated before observers run), only the Slate tree is stale; a throw
 * out of a Yjs observer would also break whoever applied the update (the provider). So: catch it in
 * the two places the binding maps (applying remote events, flushing local ops), reset the origin and
 * reload the tree from Yjs. Local ops that could not be written are lost; they were recorded against
 * a tree that no longer matched the document. `onError` is for logging.
 */
export function withResyncOnBindingError<T extends YjsEditor>(editor: T, onError: (error: unknown) => void = () => undefined): T {
  const { applyRemoteEvents, flushLocalChanges } = editor;
  // Inside a remote apply, a failing flush is the apply's failure: the apply must stop, not go on
  // applying its events to a tree that was just reloaded with them.
  let applying = 0;
  editor.applyRemoteEvents = (events, origin) => {
    const before = YjsEditor.origin(editor);
    applying++;
    try {
      applyRemoteEvents(events, origin);
    } catch (error) {
      restoreOrigin(editor, before);
      onError(error);
      resyncFromYjs(editor);
    } finally {
      applying--;
    }
  };
  editor.flushLocalChanges = () => {
    if (applying > 0) return flushLocalChanges();
    try {
      flushLocalChanges();
    } catch (error) {
      onError(error);
      resyncFromYjs(editor);
    }
  };
  return editor;
}
