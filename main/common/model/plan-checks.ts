import { z } from 'zod';

/**
 * A finding a colleague chose to ignore (公文体检 → 忽略), with why: kept in the plan so every co-editor
 * sees it and the CLI and API leave it out (docs/checks.md#ignoring). `key` is the finding's stable key
 * (checks/finding-key.ts): the rule, the place and the flagged text, not offsets, so it survives edits
 * elsewhere.
 */
export const CheckIgnoreSchema = z.strictObject({
  rule: z.string().min(1).max(60),
  key: z.string().min(1).max(400),
  reason: z.string().trim().min(1, 'an ignore needs a reason').max(200),
  by: z.string().max(80).default(''),
  /** ISO date-time. */
  at: z.string().max(40).default(''),
});
export type CheckIgnore = z.infer<typeof CheckIgnoreSchema>;

/** The plan file's optional `checks` field; absent means nothing ignored. */
export const PlanChecksSchema = z.strictObject({
  ignored: z.array(CheckIgnoreSchema).max(2000).default([]),
});
export type PlanChecks = z.infer<typeof PlanChecksSchema>;
