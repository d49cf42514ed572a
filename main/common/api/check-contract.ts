import { z } from 'zod';
import { FindingSchema } from '../checks/finding';
import { CheckIgnoreSchema } from '../model/plan-checks';

/**
 * `GET /api/plans/:planId/check`: the 公文体检 of the plan as stored (docs/checks.md "API"). `findings` are
 * exactly what `check --json` prints; `ignored` are the findings colleagues chose to ignore, with why.
 * A department token gets its own sections' findings first (`department` names it).
 */
export const CheckResponseSchema = z.strictObject({
  findings: z.array(FindingSchema),
  ignored: z.array(z.strictObject({ finding: FindingSchema, ignore: CheckIgnoreSchema })),
  counts: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  department: z.string().nullable(),
});
export type CheckResponse = z.infer<typeof CheckResponseSchema>;
