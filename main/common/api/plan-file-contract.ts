import { z } from 'zod';

/**
 * Plan files over HTTP. GET downloads (owner or an invite of the plan); POST uploads a plan file
 * (owner only): a plan that is not on the server is created, one that is gets a CRDT merge.
 * The file format itself is collab/plan-file.ts.
 */
export const PlanFileImportResponseSchema = z.strictObject({
  planId: z.string(),
  created: z.boolean(),
  title: z.string(),
  docs: z.array(z.strictObject({ name: z.string(), status: z.enum(['created', 'merged', 'unchanged']) })),
});
export type PlanFileImportResponse = z.infer<typeof PlanFileImportResponseSchema>;

export const PlanFileApiPaths = {
  download: (planId: string) => `/api/plans/${encodeURIComponent(planId)}/file`,
  upload: '/api/plan-files',
};
