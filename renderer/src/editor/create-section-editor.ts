import { withCursors, withYHistory, withYjs, YjsEditor } from '@slate-yjs/core';
import { withResyncOnBindingError } from '../../../main/common/collab/with-resync-on-binding-error';
import { createEditor, Editor, type Range } from 'slate';
import { ReactEditor, withReact } from 'slate-react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { SectionKind } from '../../../main/common/model/section';
import type { CursorData } from './slate-types';
import { withCleanPaste } from './with-clean-paste';
import { withPlanSchema } from './with-plan-schema';
import { afterFrame } from './after-frame';
import { withSuggestMode, type SuggestAuthor } from './with-suggest-mode';

const CHUNK_SIZE = 40;

/**
 * One body doc's editor: withYjs (+ withResyncOnBindingError) → withYHistory (never slate-history: it would undo remote edits) →
 * withCursors → withReact → our schema and paste. Connected by the caller after the first sync.
 */
export function createSectionEditor(
  root: Y.XmlText, awareness: Awareness, data: CursorData,
  sectionKind: () => SectionKind | null = () => null, suggestAs: () => SuggestAuthor | null = () => null,
): Editor {
  // slate-yjs can throw while mapping (slate-yjs #394); the guard reloads the tree from Yjs instead.
  const yjs = withResyncOnBindingError(withYjs(createEditor(), root, { autoConnect: false }), (e) => console.warn('slate-yjs binding error; editor reloaded from Yjs', e));
  const history = withYHistory(yjs);
  const cursors = withCursors(history, awareness, { data });
  const react = withReact(cursors);
  // Suggest mode outermost: paste and every command's text edits go through it (修订, issue #14).
  const editor = withSuggestMode(withCleanPaste(withPlanSchema(react), sectionKind), suggestAs);
  // Render long bodies in chunks (memoised by Slate, laid out lazily: see renderChunk in section-editor).
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  editor.sendCursorPosition = afterFrameCursorSender(editor, editor.sendCursorPosition);
  return editor as unknown as Editor;
}

/**
 * Only the focused editor shows a caret to others: Slate keeps a blurred editor's selection, and the
 * stacked editors would otherwise show one caret per section the user has visited. A caret move is sent
 * in a task after the next frame, not in the keystroke's task (withCursors sends on every onChange: encoding
 * the awareness update and the socket send were ~0.3 ms of each keystroke, issue #11); moves made
 * meanwhile are one message, the selection as it is then. Clearing the caret (blur) goes at once.
 */
function afterFrameCursorSender(editor: ReactEditor & YjsEditor, send: (range: Range | null) => void): (range: Range | null) => void {
  let cancel: (() => void) | null = null;
  return (range) => {
    cancel?.();
    cancel = null;
    if (!range || !ReactEditor.isFocused(editor)) {
      send(null);
      return;
    }
    cancel = afterFrame(() => {
      cancel = null;
      if (!YjsEditor.connected(editor)) return;
      send(editor.selection && ReactEditor.isFocused(editor) ? editor.selection : null);
    });
  };
}
