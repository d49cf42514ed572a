import type { StorageFaultCause } from '../../common/api/storage-status';

/** SQLSTATE class 53 "insufficient resources": 53100 disk_full. */
const PG_DISK_FULL = '53100';

/**
 * What a failed store or append means for the user: a full disk (ENOSPC, EDQUOT, or PostgreSQL's
 * disk_full), the database not answering (any other error of the database store: connection refused,
 * terminated, admin shutdown…), or another I/O error.
 */
export function storageFaultCause(e: unknown, database: boolean): StorageFaultCause {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === PG_DISK_FULL) return 'disk-full';
  return database ? 'database-unavailable' : 'io-error';
}
