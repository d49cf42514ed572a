import { Editor } from 'slate';
import type { Item } from '../../../main/common/model/item';
import { blockAtSelection } from './commands/block-at-selection';

export interface ActiveState {
  bodyId: string | null;
  editor: Editor | null;
  /** The item holding the caret (its object changes whenever the item changes). */
  item: Item | null;
  /** Bumped on every report so the toolbar can refresh its pressed states. */
  version: number;
}

/** Which section the user is in and which measure is selected: feeds the toolbar, inspector, 写作提示. */
export class ActiveEditorStore {
  private state: ActiveState = { bodyId: null, editor: null, item: null, version: 0 };
  private readonly listeners = new Set<() => void>();

  get = (): ActiveState => this.state;

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  /** An editor reports after each change while focused (and on focus). */
  report(bodyId: string, editor: Editor): void {
    const block = blockAtSelection(editor);
    const item = block && block[0].type === 'item' ? (block[0] as Item) : null;
    this.state = { bodyId, editor, item, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /** A title field is focused: no editor, but the section still counts as current. */
  enterSection(bodyId: string): void {
    if (this.state.bodyId === bodyId && this.state.editor === null) return;
    this.state = { bodyId, editor: null, item: null, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }

  /** Keep the item selected when focus moves to the inspector, but refresh it from the editor. */
  refreshItem(): void {
    const { editor, item } = this.state;
    if (!editor || !item) return;
    const found = editor.children.find((n) => 'id' in n && n.id === item.id) as Item | undefined;
    if (found === item) return;
    this.state = { ...this.state, item: found ?? null, version: this.state.version + 1 };
    for (const l of this.listeners) l();
  }
}

