/**
 * Reasons the sync server gives when it refuses a document (Hocuspocus permission-denied message) or
 * closes a socket; the renderer tells the user what each means.
 */
/** The plan was deleted, here or on another instance; its documents are gone and stay refused. */
export const PLAN_DELETED_REASON = 'plan-deleted';
/** WebSocket close code for it (4000–4999 are the application's; 410 is HTTP's "Gone"). */
export const PLAN_DELETED_CLOSE_CODE = 4410;
