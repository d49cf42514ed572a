import type { Editor } from 'slate';
import type { ActiveState } from './active-editor-store';
import { blockKindAt, type BlockKind } from './commands/set-block-kind';
import { isBoldActive } from './commands/toggle-bold';

/** What the format toolbar shows: which editor it acts on and its pressed states. */
export interface ToolbarView {
  editor: Editor | null;
  kind: BlockKind | null;
  /** The caret's item level (4 = a 子项), null outside an item. */
  level: number | null;
  bold: boolean;
}

export const ToolbarView = {
  of(state: ActiveState): ToolbarView {
    const { editor } = state;
    return {
      editor,
      kind: editor ? blockKindAt(editor) : null,
      level: state.item?.level ?? null,
      bold: editor ? isBoldActive(editor) : false,
    };
  },

  equal(a: ToolbarView, b: ToolbarView): boolean {
    return a.editor === b.editor && a.kind === b.kind && a.level === b.level && a.bold === b.bold;
  },
};
