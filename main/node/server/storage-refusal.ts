import { STORAGE_FAILED_CLOSE_CODE, STORAGE_FAILED_REASON } from '../../common/api/refusal-reasons';
import { StorageStatusMessage } from '../../common/api/storage-status';
import { storageFaultCause } from '../store/storage-fault-cause';
import { dropSocket, type ClosableConnection } from './drop-socket';
import type { Logger } from './logger';

/**
 * An update the server could not keep or check because its store failed (disk full, database down): the
 * client is told why (a stateless StorageStatus message; the editor says 未能保存到服务器…) and its socket is
 * closed, so the provider reconnects and resends its unacknowledged changes until the store works again.
 * Throws, so Hocuspocus neither applies nor acknowledges the update.
 */
export function refuseForStorage(
  connection: ClosableConnection & { sendStateless(payload: string): void },
  e: unknown, database: boolean, log: Logger, what: string,
): never {
  const cause = storageFaultCause(e, database);
  log.error(`${what} (${cause}: ${(e as Error)?.message ?? String(e)}); not acknowledged, closing the socket so the client resends it`);
  connection.sendStateless(StorageStatusMessage.encode(cause));
  dropSocket(connection, STORAGE_FAILED_REASON, STORAGE_FAILED_CLOSE_CODE);
  throw Object.assign(new Error(STORAGE_FAILED_REASON), { reason: STORAGE_FAILED_REASON, code: STORAGE_FAILED_CLOSE_CODE });
}
