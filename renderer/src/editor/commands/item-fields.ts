import type { Item } from '../../../../main/common/model/item';

/** The structured attributes of an item besides its type; what a paragraph must not carry. */
export const ITEM_FIELDS = ['id', 'level', 'role', 'leadUnits', 'supportUnits', 'deadline', 'source'] as const;

/**
 * Attributes of a brand-new item: a fresh id and no units (never copied from a neighbour). No deadline
 * attribute at all: a null-valued attribute is dropped by Slate but kept by Yjs (see split-block.ts),
 * and the plan schema reads a missing deadline as null.
 */
export function freshItemFields(id: string, level: Item['level'], role: Item['role']): Omit<Item, 'children' | 'type' | 'deadline'> {
  return { id, level, role, leadUnits: [], supportUnits: [] };
}
