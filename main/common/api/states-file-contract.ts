import { z } from 'zod';

/**
 * States files over HTTP (routes downloadStates / uploadStates in api-routes.ts). GET downloads (owner or
 * an invite of the plan); POST uploads one (owner only): a plan that is not on the server is created,
 * one that is gets a CRDT merge. The file format itself is collab/states-file.ts.
 */
export const STATES_FILE_MIME = 'application/json';

export const StatesFileImportResponseSchema = z.strictObject({
  planId: z.string(),
  created: z.boolean(),
  title: z.string(),
  docs: z.array(z.strictObject({ name: z.string(), status: z.enum(['created', 'merged', 'unchanged']) })),
});
export type StatesFileImportResponse = z.infer<typeof StatesFileImportResponseSchema>;
