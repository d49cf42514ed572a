import { z } from 'zod';

const Reply = z.strictObject({
  id: z.string().min(1).max(64),
  text: z.string().min(1).max(4000),
  by: z.string().max(80),
  dept: z.string().max(80),
  at: z.string().max(40),
});

/**
 * A 批注 thread in the plan file (optional `comments`, issue #14; docs/plan-format.md). Live comments
 * anchor with Yjs relative positions in their body doc (main/common/collab/body-comments.ts); in the
 * file the anchor is the body, the block (index, and item id for a measure), and character offsets in
 * the block's text (suggested insertions included, the run-in title included, the number label not).
 */
export const PlanCommentSchema = z.strictObject({
  id: z.string().min(1).max(64),
  /** The body: a section id, `preamble`, `closing`, an attachment body id. */
  bodyId: z.string().min(1).max(80),
  block: z.number().int().min(0),
  itemId: z.string().max(80).optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().max(2000),
  text: z.string().min(1).max(4000),
  by: z.string().max(80),
  dept: z.string().max(80),
  at: z.string().max(40),
  resolved: z.boolean().default(false),
  replies: z.array(Reply).default([]),
});
export type PlanComment = z.output<typeof PlanCommentSchema>;
