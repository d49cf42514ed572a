import { DOCUMENT_CORRUPT_REASON, PLAN_DELETED_REASON, UNAVAILABLE_REASON } from '../../../../main/common/api/refusal-reasons';
import type { StorageFaultCause } from '../../../../main/common/api/storage-status';

export type SocketState = 'connecting' | 'connected' | 'disconnected';

export interface ConnectionStatus {
  socket: SocketState;
  /** Local changes the server has not confirmed yet, summed over every document of the plan. */
  unsynced: number;
  authFailed: boolean;
  /** The server refused because the plan was deleted (reason 'plan-deleted'), here or on another instance. */
  deleted: boolean;
  /** Why the server refused a document (Hocuspocus permission-denied reason), when it did. */
  refusal?: string | null;
  /**
   * The server could not store our edits (it said so in a storage status message, docs/coediting.md
   * "Durability"); cleared once every change is acknowledged again.
   */
  storageFault?: StorageFaultCause | null;
  /**
   * The server refused one of our updates or documents (main/common/api/refusal-reasons.ts): its Chinese
   * text, until everything we wrote is confirmed again.
   */
  refused?: string | null;
}

const FAULT_TEXT: Record<StorageFaultCause, string> = {
  'disk-full': '未能保存到服务器：磁盘已满，修改保留在本机',
  'database-unavailable': '未能保存到服务器：数据库不可用，修改保留在本机',
  'io-error': '未能保存到服务器：存储出错，修改保留在本机',
};

/** Refusals other than "deleted" and "no permission" (refusal-reasons.ts). */
const REFUSAL_TEXT: Record<string, string> = {
  [DOCUMENT_CORRUPT_REASON]: '文档已损坏，无法打开，请联系管理员',
  [UNAVAILABLE_REASON]: '服务器暂时无法读取数据，正在重试，修改保留在本机',
};

/**
 * What the top bar says: driven by socket status + unsyncedChanges, never isSynced (docs/coediting.md#hocuspocus-4-behaviour-we-rely-on).
 * 已保存 only when every change is acknowledged, which the server does only once it is stored.
 */
export function statusLabel(s: ConnectionStatus): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  if (s.deleted || s.refusal === PLAN_DELETED_REASON) return { text: '计划已被删除', tone: 'bad' };
  if (s.storageFault) return { text: FAULT_TEXT[s.storageFault], tone: 'bad' };
  if (s.authFailed) return { text: (s.refusal && REFUSAL_TEXT[s.refusal]) ?? '无权访问', tone: 'bad' };
  if (s.refused) return { text: s.refused, tone: 'bad' };
  if (s.socket === 'disconnected') return { text: s.unsynced > 0 ? '离线 · 有未同步的修改' : '离线', tone: 'bad' };
  if (s.socket === 'connecting') return { text: s.unsynced > 0 ? '正在连接 · 有未同步的修改' : '正在连接', tone: 'warn' };
  return s.unsynced > 0 ? { text: '已连接 · 有未同步的修改', tone: 'warn' } : { text: '已连接 · 已保存', tone: 'ok' };
}
