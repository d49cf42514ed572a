import { z } from 'zod';

/**
 * What the sync server tells a client about storing its edits, as a Hocuspocus stateless message on the
 * document whose update could not be journaled (docs/coediting.md "Durability"). `failing`: the update
 * was not acknowledged and the client keeps it; the socket is closed next, and the client resends it
 * on reconnect. The fault is over when an update is acknowledged again.
 */
export const STORAGE_STATUS_TYPE = 'plan-studio/storage';

export const StorageFaultCauseSchema = z.enum(['disk-full', 'database-unavailable', 'io-error']);
export type StorageFaultCause = z.infer<typeof StorageFaultCauseSchema>;

export const StorageStatusSchema = z.strictObject({
  type: z.literal(STORAGE_STATUS_TYPE),
  v: z.literal(1),
  state: z.literal('failing'),
  cause: StorageFaultCauseSchema,
});
export type StorageStatus = z.infer<typeof StorageStatusSchema>;

export const StorageStatusMessage = {
  encode(cause: StorageFaultCause): string {
    return JSON.stringify({ type: STORAGE_STATUS_TYPE, v: 1, state: 'failing', cause } satisfies StorageStatus);
  },
  /** null for any other stateless payload (or a malformed one). */
  parse(payload: string): StorageStatus | null {
    try {
      const r = StorageStatusSchema.safeParse(JSON.parse(payload));
      return r.success ? r.data : null;
    } catch {
      return null;
    }
  },
};
