import { z } from 'zod';

/**
 * What the sync server tells a body connection about its grant after every authentication (issue #14), as
 * a Hocuspocus stateless message: the socket scope says only read-only or read-write, but a read-write
 * connection may be limited to 批注 (`comment`: a department on a section it does not edit) or to 批注 +
 * 修订 (`suggest`), and must sign them with `department`. A department whose section is reassigned is
 * reconnected and learns its new limit this way.
 */
export const GRANT_STATUS_TYPE = 'plan-studio/grant';

export const GrantStatusSchema = z.strictObject({
  type: z.literal(GRANT_STATUS_TYPE),
  v: z.literal(1),
  limit: z.enum(['comment', 'suggest']).nullable(),
  department: z.string().max(80).nullable(),
});
export type GrantStatus = z.infer<typeof GrantStatusSchema>;

export const GrantStatusMessage = {
  encode(limit: GrantStatus['limit'], department: string | null): string {
    return JSON.stringify({ type: GRANT_STATUS_TYPE, v: 1, limit, department } satisfies GrantStatus);
  },
  /** null for any other stateless payload (or a malformed one). */
  parse(payload: string): GrantStatus | null {
    try {
      const r = GrantStatusSchema.safeParse(JSON.parse(payload));
      return r.success ? r.data : null;
    } catch {
      return null;
    }
  },
};
