import type { Editor } from 'slate';
import type { Item } from '../../../../main/common/model/item';
import type { ActiveState } from '../active-editor-store';

/** The fields of the selected item the measure inspector shows (not its text, which changes with every key). */
export type InspectedItem = Pick<Item, 'id' | 'role' | 'leadUnits' | 'supportUnits' | 'deadline'>;

export interface InspectorView {
  editor: Editor | null;
  item: InspectedItem | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

export const InspectorView = {
  of(state: ActiveState): InspectorView {
    const it = state.editor ? state.item : null;
    return {
      editor: state.editor,
      item: it && { id: it.id, role: it.role, leadUnits: it.leadUnits, supportUnits: it.supportUnits, deadline: it.deadline ?? null },
    };
  },

  equal(a: InspectorView, b: InspectorView): boolean {
    if (a.editor !== b.editor) return false;
    if (!a.item || !b.item) return a.item === b.item;
    return a.item.id === b.item.id && a.item.role === b.item.role && a.item.deadline === b.item.deadline
      && sameList(a.item.leadUnits, b.item.leadUnits) && sameList(a.item.supportUnits, b.item.supportUnits);
  },
};
