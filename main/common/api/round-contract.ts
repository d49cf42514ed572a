import { z } from 'zod';
import { ReviewRoundSchema } from '../model/review-round';

/**
 * The 征求意见 round over HTTP (docs/review-round.md). The owner starts and runs the round in the plan doc
 * (it may write there); a department cannot write the plan doc, so its answer (已反馈 / 无意见) goes
 * through this route, which writes it on the department's behalf — only for the department of its token.
 */
export const RoundAnswerRequestSchema = z.strictObject({
  answer: z.enum(['answered', 'no-opinion', 'pending']),
  /** Only the owner or an edit grant may answer for a department (e.g. a reply by telephone). */
  department: z.string().trim().min(1).max(80).optional(),
});
export type RoundAnswerRequest = z.input<typeof RoundAnswerRequestSchema>;

export const RoundAnswerResponseSchema = z.strictObject({ round: ReviewRoundSchema });

/**
 * 汇总意见: the server reads the departments' 修订 and 批注 in every body of the plan and adds them to the
 * round as opinions (main/common/review/round-collect.ts); `added` counts the opinions written.
 */
export const RoundCollectResponseSchema = z.strictObject({ round: ReviewRoundSchema, added: z.number().int().min(0) });
