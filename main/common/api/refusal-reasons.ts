/**
 * Reasons the sync server gives when it refuses a document (Hocuspocus permission-denied message) or
 * closes a socket; the renderer tells the user what each means.
 */
/** The plan was deleted, here or on another instance; its documents are gone and stay refused. */
export const PLAN_DELETED_REASON = 'plan-deleted';
/** WebSocket close code for it (4000–4999 are the application's; 410 is HTTP's "Gone"). */
export const PLAN_DELETED_CLOSE_CODE = 4410;
/** The document's stored state failed its checks (checksum, decoding): refused, never loaded as empty. */
export const DOCUMENT_CORRUPT_REASON = 'document-corrupt';
/** The server could not read what it needs (document store or invite store failing): try again later. */
export const UNAVAILABLE_REASON = 'unavailable';
/**
 * The server could not journal an update (disk full, database down): not acknowledged, the socket is
 * closed with this code so the client reconnects and resends (docs/coediting.md "Durability").
 */
export const STORAGE_FAILED_CLOSE_CODE = 4503;
export const STORAGE_FAILED_REASON = 'storage-failed';
