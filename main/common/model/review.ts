import { z } from 'zod';

/**
 * What still needs a person's look before the plan is issued. `figure`: the block's target figures were
 * carried over from last year's plan by 以去年的计划为底稿 (RollForward) and nobody has confirmed them for
 * the new year yet; the 体检 rule `rolled-forward-figure` reports it until the flag is removed.
 */
export const ReviewSchema = z.strictObject({
  figure: z.literal(true).optional(),
});
export type Review = z.infer<typeof ReviewSchema>;
