import type { KeyboardEvent } from 'react';
import { Editor, Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { caretOnFirstLine, caretOnLastLine } from './caret-line';
import { setBlockKind } from './commands/set-block-kind';
import { setItemLevel } from './commands/set-item-level';
import { toggleBold } from './commands/toggle-bold';
import type { FocusChain } from './focus-chain';

/**
 * Shortcuts of a section editor. Ctrl+B bold; Ctrl+Z undo; Ctrl+Y / Ctrl+Shift+Z redo;
 * Ctrl+Alt+M measure, Ctrl+Alt+T target, Ctrl+Alt+P paragraph, Ctrl+Alt+→ / ← sub-item (（1）) / item (1.);
 * Tab / Shift+Tab and ArrowUp/Down at the first/last line cross into the neighbouring editor.
 * Returns true when the key was handled.
 */
export function handleSectionKey(e: KeyboardEvent, editor: Editor, chain: FocusChain, key: string): boolean {
  const mod = e.ctrlKey || e.metaKey;
  const k = e.key.toLowerCase();
  const run = (f: () => void) => {
    e.preventDefault();
    f();
    return true;
  };
  if (mod && !e.altKey) {
    if (k === 'b') return run(() => toggleBold(editor));
    if (k === 'z' && !e.shiftKey) return run(() => editor.undo());
    if (k === 'y' || (k === 'z' && e.shiftKey)) return run(() => editor.redo());
  }
  if (mod && e.altKey) {
    if (k === 'm') return run(() => setBlockKind(editor, { kind: 'measure' }));
    if (k === 't') return run(() => setBlockKind(editor, { kind: 'target' }));
    if (k === 'p') return run(() => setBlockKind(editor, { kind: 'paragraph' }));
    if (e.key === 'ArrowRight') return run(() => setItemLevel(editor, { level: 4 }));
    if (e.key === 'ArrowLeft') return run(() => setItemLevel(editor, { level: 3 }));
  }
  if (e.key === 'Tab' && !mod && !e.altKey) return run(() => chain.move(key, e.shiftKey ? -1 : 1));
  if (mod || e.altKey || e.shiftKey || !editor.selection || !Range.isCollapsed(editor.selection)) return false;
  const root = ReactEditor.toDOMNode(editor, editor);
  if (e.key === 'ArrowUp' && editor.selection.anchor.path[0] === 0 && caretOnFirstLine(root)) {
    return chain.move(key, -1) ? run(() => undefined) : false;
  }
  const last = editor.children.length - 1;
  if (e.key === 'ArrowDown' && editor.selection.anchor.path[0] === last && caretOnLastLine(root)) {
    return chain.move(key, 1) ? run(() => undefined) : false;
  }
  if ((e.key === 'ArrowLeft' && Editor.isStart(editor, editor.selection.anchor, [])) ||
      (e.key === 'ArrowRight' && Editor.isEnd(editor, editor.selection.anchor, []))) {
    return chain.move(key, e.key === 'ArrowLeft' ? -1 : 1) ? run(() => undefined) : false;
  }
  return false;
}
