export type SocketState = 'connecting' | 'connected' | 'disconnected';

export interface ConnectionStatus {
  socket: SocketState;
  /** Local changes the server has not confirmed yet, summed over every document of the plan. */
  unsynced: number;
  authFailed: boolean;
  /** The server refused because the plan was deleted (reason 'plan-deleted'), here or on another instance. */
  deleted: boolean;
  /**
   * The server refused one of our updates or documents (main/common/api/refusal-reasons.ts): its Chinese
   * text, until everything we wrote is confirmed again.
   */
  refused?: string | null;
}

/** What the top bar says: driven by socket status + unsyncedChanges, never isSynced (COEDITING.md §4.2). */
export function statusLabel(s: ConnectionStatus): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  if (s.deleted) return { text: '计划已被删除', tone: 'bad' };
  if (s.authFailed) return { text: '无权访问', tone: 'bad' };
  if (s.refused) return { text: s.refused, tone: 'bad' };
  if (s.socket === 'disconnected') return { text: s.unsynced > 0 ? '离线 · 有未同步的修改' : '离线', tone: 'bad' };
  if (s.socket === 'connecting') return { text: s.unsynced > 0 ? '正在连接 · 有未同步的修改' : '正在连接', tone: 'warn' };
  return s.unsynced > 0 ? { text: '已连接 · 有未同步的修改', tone: 'warn' } : { text: '已连接 · 已保存', tone: 'ok' };
}
