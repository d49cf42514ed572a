import { z } from 'zod';

/** Where a measure inserted from the 条款库 came from: the plan's title, its year and the section. */
export const ClauseSourceSchema = z.strictObject({
  plan: z.string().max(300),
  year: z.number().int().min(1949).max(2200).nullable(),
  section: z.string().max(300),
});
export type ClauseSource = z.infer<typeof ClauseSourceSchema>;
