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

/**
 * Reasons the gate gives when it refuses an update or a document (docs/coediting.md "Limits"); the
 * socket is closed with the reason (code 4400, or 4403 for the older ones) and the editor shows the text.
 */
export const REFUSAL_REASONS = {
  'update-refused': '服务器拒绝了这次修改：内容结构不符合计划格式（例如嵌套过深）。',
  'document-too-large': '服务器拒绝了这次修改：该章节内容已超过大小上限。',
  'unknown-section': '服务器拒绝了这次修改：该章节不在计划大纲中（可能已被删除）。',
  'too-many-documents': '同时打开的文档过多，服务器拒绝再打开。',
  'rate limit': '发送的消息过多，连接已被服务器断开，稍后会自动重连。',
  'unknown root type': '服务器拒绝了这次修改：内容结构不符合计划格式。',
  'plan-locked': '计划已锁定（签发稿），不能再修改；计划所有者解锁后才能继续编辑。',
  'plan-unlocked': '计划已解锁，可以继续编辑。',
  'suggest-only': '服务器拒绝了这次修改：您只能以修订方式提出修改和添加批注，不能直接改动正文或他人的修订。',
  'comment-only': '服务器拒绝了这次修改：您只能对该章节添加批注，不能修改正文。',
} as const;
export type RefusalReason = keyof typeof REFUSAL_REASONS;
/** WebSocket close code for refused updates (4000–4999 are the application's; 400 is HTTP's "Bad Request"). */
export const UPDATE_REFUSED_CLOSE_CODE = 4400;

/** The Chinese text for a close or refusal reason, or null for reasons that are not ours. */
export function refusalMessage(reason: string | undefined): string | null {
  return reason && Object.hasOwn(REFUSAL_REASONS, reason) ? REFUSAL_REASONS[reason as RefusalReason] : null;
}
