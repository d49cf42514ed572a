import { withCursors, withYHistory, withYjs, YjsEditor } from '@slate-yjs/core';
import { withResyncOnBindingError } from '../../../main/common/collab/with-resync-on-binding-error';
import { createEditor, Editor } from 'slate';
import { ReactEditor, withReact } from 'slate-react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { SectionKind } from '../../../main/common/model/section';
import type { CursorData } from './slate-types';
import { withCleanPaste } from './with-clean-paste';
import { withPlanSchema } from './with-plan-schema';
import { afterFrameCursorSender } from './presence/after-frame-cursor-sender';
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
  const send = editor.sendCursorPosition;
  editor.sendCursorPosition = afterFrameCursorSender({
    selection: () => editor.selection, isFocused: () => ReactEditor.isFocused(editor),
    connected: () => YjsEditor.connected(editor), send,
  });
  return editor as unknown as Editor;
}
