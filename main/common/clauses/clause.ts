import { z } from 'zod';
import { ITEM_ROLES } from '../model/item';

export const CLAUSE_ORIGINS = ['seed', 'template', 'plan'] as const;
export type ClauseOrigin = (typeof CLAUSE_ORIGINS)[number];

/**
 * One searchable clause of the 条款库: a measure (or target, point) or a paragraph of a plan, with its
 * units and where it comes from. `lead` is the run-in title, `body` the rest of the text.
 */
export const ClauseSchema = z.strictObject({
  id: z.string().max(200),
  kind: z.enum(['item', 'paragraph']),
  role: z.enum(ITEM_ROLES).nullable(),
  lead: z.string().max(2000),
  body: z.string().max(20000),
  leadUnits: z.array(z.string().max(80)),
  supportUnits: z.array(z.string().max(80)),
  deadline: z.string().max(80).nullable(),
  source: z.strictObject({
    origin: z.enum(CLAUSE_ORIGINS),
    /** The plan's id for a plan on this server (the editor links to it); null for seeds and templates. */
    planId: z.string().max(64).nullable(),
    plan: z.string().max(300),
    year: z.number().int().nullable(),
    section: z.string().max(300),
  }),
});
export type Clause = z.infer<typeof ClauseSchema>;

export const clauseText = (c: Clause): string => c.lead + c.body;
