import { z } from 'zod';
import { Ids } from './ids';
import { ClauseSourceSchema } from './clause-source';
import { ReviewSchema } from './review';
import { Text, TextSchema } from './text';

export const ITEM_ROLES = ['measure', 'target', 'point'] as const;
export type ItemRole = (typeof ITEM_ROLES)[number];

/** Item levels: 1 一、 2 （一） 3 1. 4 （1）; the label is derived (numbering.ts), never stored. */
export const ItemLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type ItemLevel = z.infer<typeof ItemLevelSchema>;

const unitName = z.string().trim().min(1, 'unit names cannot be empty').max(80);

export const ItemSchema = z.strictObject({
  type: z.literal('item'),
  id: z.string().refine(Ids.isNodeId, 'item id must be 1-64 characters of A-Z a-z 0-9 _ -'),
  level: ItemLevelSchema,
  role: z.enum(ITEM_ROLES),
  leadUnits: z.array(unitName).default([]),
  supportUnits: z.array(unitName).default([]),
  deadline: z.string().max(80).nullable().default(null),
  children: z.array(TextSchema).min(1, 'an item needs at least one text leaf'),
  /** Optional: what still needs review (review.ts); absent when nothing does. */
  review: ReviewSchema.optional(),
  /** Optional: the clause this item was inserted from (条款库); absent for items written here. */
  source: ClauseSourceSchema.optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const Item = {
  create(args: { role?: ItemRole; level?: ItemLevel; lead?: string; text?: string; leadUnits?: string[]; supportUnits?: string[]; deadline?: string | null } = {}): Item {
    const children: Text[] = [];
    if (args.lead) children.push(Text.of(args.lead, { lead: true }));
    if (args.text || children.length === 0) children.push(Text.of(args.text ?? ''));
    return {
      type: 'item',
      id: Ids.create('m'),
      level: args.level ?? 3,
      role: args.role ?? 'measure',
      leadUnits: args.leadUnits ?? [],
      supportUnits: args.supportUnits ?? [],
      deadline: args.deadline ?? null,
      children,
    };
  },
  /** The run-in title: the leading `lead` leaves. */
  leadText(item: Item): string {
    let out = '';
    for (const leaf of item.children) {
      if (!leaf.lead) break;
      out += leaf.text;
    }
    return out;
  },
  bodyText(item: Item): string {
    return item.children.filter((l) => !l.lead).map((l) => l.text).join('');
  },
  units(item: Item): string[] {
    return [...item.leadUnits, ...item.supportUnits];
  },
};
