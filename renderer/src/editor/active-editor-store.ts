import { Editor } from 'slate';
import type { Item } from '../../../main/common/model/item';
import { blockAtSelection } from './commands/block-at-selection';
import { whenIdle } from './when-idle';

const TYPING_OPS = new Set(['insert_text', 'remove_text', 'set_selection']);

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
  /** Cancels the pending coalesced notification. */
  private deferred: (() => void) | null = null;

  get = (): ActiveState => this.state;

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  /**
   * An editor reports after each change while focused (and on focus). Typing inside the same block only
   * refreshes the toolbar's pressed states and the inspector's copy of the item, neither of which the
   * user reads mid-word: those notifications are coalesced into the next idle period (after a frame,
   * never just before one), so a keystroke renders the editor alone (the frame budget is the editor's).
   * Moving to another block, item or section notifies at once.
   */
  report(bodyId: string, editor: Editor): void {
    const block = blockAtSelection(editor);
    const item = block && block[0].type === 'item' ? (block[0] as Item) : null;
    const prev = this.state;
    this.state = { bodyId, editor, item, version: prev.version + 1 };
    const sameBlock = prev.bodyId === bodyId && prev.editor === editor && (prev.item?.id ?? null) === (item?.id ?? null);
    // Only typing: an inspector patch (set_node) or a structure change shows at once.
    const typing = editor.operations.length > 0 && editor.operations.every((op) => TYPING_OPS.has(op.type));
    if (sameBlock && typing) this.notifySoon();
    else this.notify();
  }

  /** A title field is focused: no editor, but the section still counts as current. */
  enterSection(bodyId: string): void {
    if (this.state.bodyId === bodyId && this.state.editor === null) return;
    this.state = { bodyId, editor: null, item: null, version: this.state.version + 1 };
    this.notify();
  }

  /** Keep the item selected when focus moves to the inspector, but refresh it from the editor. */
  refreshItem(): void {
    const { editor, item } = this.state;
    if (!editor || !item) return;
    const found = editor.children.find((n) => 'id' in n && n.id === item.id) as Item | undefined;
    if (found === item) return;
    this.state = { ...this.state, item: found ?? null, version: this.state.version + 1 };
    this.notify();
  }

  private notify(): void {
    this.deferred?.();
    this.deferred = null;
    for (const l of this.listeners) l();
  }

  /** When the page is next idle (at the latest 150 ms later), once for a burst of keystrokes. */
  private notifySoon(): void {
    this.deferred ??= whenIdle(() => {
      this.deferred = null;
      this.notify();
    }, 150);
  }
}

