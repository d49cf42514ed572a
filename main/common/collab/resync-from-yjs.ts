import { YjsEditor } from '@slate-yjs/core';
import { Editor } from 'slate';

/**
 * Replace a bound editor's Slate tree with what its Yjs root holds, keeping the binding (the idea of
 * slate-yjs PR #430). Local changes still queued were recorded against the tree being replaced; if
 * they no longer apply they are dropped (Yjs is the truth, and the reload shows it). A selection into
 * content that is gone would crash the next render, so it is cleared; the user clicks again.
 */
export function resyncFromYjs(editor: YjsEditor): void {
  try {
    YjsEditor.flushLocalChanges(editor);
  } catch {
    // Dropped, see above. slate-yjs removed them from its queue before applying.
  }
  // connect() decodes the root into editor.children and observes it again.
  YjsEditor.disconnect(editor);
  YjsEditor.connect(editor);
  const sel = editor.selection;
  const slate = editor as never as Editor; // the app's CustomTypes editor, whatever it extends
  if (sel && !(Editor.hasPath(slate, sel.anchor.path) && Editor.hasPath(slate, sel.focus.path))) editor.selection = null;
}
