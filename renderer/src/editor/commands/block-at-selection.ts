import { Editor, Element, type NodeEntry } from 'slate';
import type { PlanElement } from '../slate-types';

/** The top-level block (paragraph / item / table) holding the selection's anchor, if any. */
export function blockAtSelection(editor: Editor): NodeEntry<PlanElement> | null {
  if (!editor.selection) return null;
  const entry = Editor.above(editor, {
    at: editor.selection.anchor,
    match: (n, p) => Element.isElement(n) && p.length === 1,
  });
  return (entry as NodeEntry<PlanElement> | undefined) ?? null;
}

/** Every top-level block the selection touches, in document order. */
export function blocksInSelection(editor: Editor): Array<NodeEntry<PlanElement>> {
  if (!editor.selection) return [];
  return [...Editor.nodes(editor, {
    at: editor.selection,
    match: (n, p) => Element.isElement(n) && p.length === 1,
  })] as Array<NodeEntry<PlanElement>>;
}
