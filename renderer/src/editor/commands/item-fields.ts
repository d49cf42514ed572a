import type { Item } from '../../../../main/common/model/item';

/** The structured attributes of an item besides its type; what a paragraph must not carry. */
export const ITEM_FIELDS = ['id', 'level', 'role', 'leadUnits', 'supportUnits', 'deadline'] as const;

/** Attributes of a brand-new item: a fresh id and no units (never copied from a neighbour). */
export function freshItemFields(id: string, level: Item['level'], role: Item['role']): Omit<Item, 'children' | 'type'> {
  return { id, level, role, leadUnits: [], supportUnits: [], deadline: null };
}
