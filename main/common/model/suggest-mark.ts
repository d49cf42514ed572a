import { z } from 'zod';

/**
 * A 修订 mark on a text leaf (issue #14): the leaf is a suggested insertion (`ins`, not yet part of the
 * text) or a suggested deletion (`del`, still part of the text until accepted). One object under one
 * key, so a concurrent accept (which removes the key) and anything else never leave half a mark: Yjs
 * formats compare flat objects by value. `by` is the person, `dept` the department it is attributed to
 * (the server checks `dept` against the suggest token), `at` an ISO time.
 */
export const SuggestMarkSchema = z.strictObject({
  id: z.string().min(1).max(64),
  kind: z.enum(['ins', 'del']),
  by: z.string().max(80),
  dept: z.string().max(80),
  at: z.string().max(40),
});
export type SuggestMark = z.infer<typeof SuggestMarkSchema>;
