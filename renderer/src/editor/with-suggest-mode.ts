import { Editor, Node, Path, Range, Text, Transforms, type Point } from 'slate';
import type { SuggestMark } from '../../../main/common/model/suggest-mark';

/** Who is suggesting: the person and the department the suggestions are attributed to. */
export interface SuggestAuthor {
  by: string;
  dept: string;
}

let counter = 0;
/** Suggestion ids: unique per author and time; the server does not care what they are, only whose. */
function newMark(kind: SuggestMark['kind'], who: SuggestAuthor): SuggestMark {
  counter = (counter + 1) % 1_000_000;
  const id = `sg-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
  return { id, kind, by: who.by, dept: who.dept, at: new Date().toISOString() };
}

/** Marks a range as suggested-deleted; a writer's own suggested insertions in it are simply removed. */
export function suggestDelete(editor: Editor, range: Range, who: SuggestAuthor): void {
  const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
  Editor.withoutNormalizing(editor, () => {
    const mark = newMark('del', who);
    // Plain text only: others' suggestions stay as they are (the server refuses changing them).
    Transforms.setNodes(editor, { suggest: mark }, { at: ref.current!, match: (n) => Text.isText(n) && !n.suggest, split: true });
    const own = [...Editor.nodes(editor, { at: ref.current!, match: (n) => Text.isText(n) && n.suggest?.kind === 'ins' && n.suggest.dept === who.dept })];
    const parts = own.map(([, path]) => Range.intersection(ref.current!, Editor.range(editor, path))).filter((r): r is Range => r !== null);
    const refs = parts.map((r) => Editor.rangeRef(editor, r));
    for (const r of refs.reverse()) {
      if (r.current && !Range.isCollapsed(r.current)) Transforms.delete(editor, { at: r.current });
      r.unref();
    }
  });
  const done = ref.unref();
  if (done) Transforms.select(editor, Range.start(done));
}

/** The character before/after `at` within its own block (a suggestion never joins or splits blocks). */
function neighbour(editor: Editor, at: Point, dir: 'before' | 'after', unit: 'character' | 'word' | 'line' | 'block'): Range | null {
  const other = dir === 'before' ? Editor.before(editor, at, { unit: unit === 'block' ? 'line' : unit }) : Editor.after(editor, at, { unit: unit === 'block' ? 'line' : unit });
  if (!other || !Path.equals(Path.parent(other.path), Path.parent(at.path))) return null;
  return dir === 'before' ? { anchor: other, focus: at } : { anchor: at, focus: other };
}

/**
 * Suggest mode (修订, issue #14): while `author()` returns someone, typing inserts text marked as their
 * suggested insertion and deleting marks text as suggested-deleted instead of removing it; Enter, joins
 * of blocks and pasted structure do nothing (they would change the text itself, which the server refuses
 * from a suggest grant: main/node/server/limits/review-guard.ts). Undo (withYHistory) undoes marks too.
 */
export function withSuggestMode<T extends Editor>(editor: T, author: () => SuggestAuthor | null): T {
  const { insertText, deleteBackward, deleteForward, deleteFragment, insertBreak, insertSoftBreak, insertFragment, insertNode } = editor;
  editor.insertText = (text, options) => {
    const who = author();
    if (!who) return insertText(text, options);
    if (editor.selection && Range.isExpanded(editor.selection)) suggestDelete(editor, editor.selection, who);
    if (!editor.selection) return;
    // Keep the leaf's own marks (bold, run-in title), and continue one's own insertion under its id.
    const { suggest: here, ...marks } = Editor.marks(editor) ?? {};
    const mark = here?.kind === 'ins' && here.dept === who.dept ? here : newMark('ins', who);
    editor.marks = { ...marks, suggest: mark };
    insertText(text, options);
  };
  editor.deleteBackward = (unit) => {
    const who = author();
    if (!who) return deleteBackward(unit);
    const sel = editor.selection;
    if (!sel) return;
    const range = Range.isExpanded(sel) ? sel : neighbour(editor, sel.anchor, 'before', unit);
    if (range) suggestDelete(editor, range, who);
  };
  editor.deleteForward = (unit) => {
    const who = author();
    if (!who) return deleteForward(unit);
    const sel = editor.selection;
    if (!sel) return;
    const range = Range.isExpanded(sel) ? sel : neighbour(editor, sel.anchor, 'after', unit);
    if (range) {
      suggestDelete(editor, range, who);
      Transforms.select(editor, Range.end(Editor.range(editor, Range.end(range))));
    }
  };
  editor.deleteFragment = (options) => {
    const who = author();
    if (!who) return deleteFragment(options);
    const sel = editor.selection;
    if (sel && Range.isExpanded(sel) && Path.equals(Path.parent(sel.anchor.path), Path.parent(sel.focus.path))) suggestDelete(editor, sel, who);
  };
  editor.insertBreak = () => (author() ? undefined : insertBreak());
  editor.insertSoftBreak = () => (author() ? undefined : insertSoftBreak());
  // Pasted structure becomes its text, suggested like typing.
  editor.insertFragment = (fragment, options) => (author() ? editor.insertText(fragment.map((n) => Node.string(n)).join('')) : insertFragment(fragment, options));
  editor.insertNode = (node, options) => (author() ? editor.insertText(Node.string(node)) : insertNode(node, options));
  return editor;
}
