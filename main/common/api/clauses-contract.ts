import { z } from 'zod';
import { ClauseSchema } from '../clauses/clause';

/** GET /api/plans/:planId/clauses?q=…&limit=…: the 条款库 search. */
export const CLAUSE_QUERY_KEYS = ['q', 'limit'] as const;
export const MAX_CLAUSE_QUERY = 100;
export const MAX_CLAUSE_RESULTS = 50;

export const ClauseSearchResponseSchema = z.strictObject({
  results: z.array(z.strictObject({ clause: ClauseSchema, score: z.number() })),
  /** How many clauses were searched (seeds, templates and every plan the token can read). */
  searched: z.number().int().min(0),
  /** Server time of the search itself, for the benchmark and the panel's footer. */
  tookMs: z.number().min(0),
});
export type ClauseSearchResponse = z.infer<typeof ClauseSearchResponseSchema>;
