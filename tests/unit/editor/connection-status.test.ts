import { describe, expect, it } from 'vitest';
import { statusLabel, type ConnectionStatus } from '../../../renderer/src/editor/collab/connection-status';

const base: ConnectionStatus = { socket: 'connected', unsynced: 0, authFailed: false, deleted: false, refusal: null, storageFault: null };

describe('statusLabel', () => {
  it('已保存 only when connected, everything acknowledged and no storage fault', () => {
    expect(statusLabel(base).text).toBe('已连接 · 已保存');
    expect(statusLabel({ ...base, unsynced: 2 }).text).toBe('已连接 · 有未同步的修改');
  });

  it('a storage fault the server reported wins over the counters (never 已保存 while it cannot store)', () => {
    expect(statusLabel({ ...base, storageFault: 'disk-full' })).toEqual({ text: '未能保存到服务器：磁盘已满，修改保留在本机', tone: 'bad' });
    expect(statusLabel({ ...base, socket: 'connecting', unsynced: 1, storageFault: 'database-unavailable' }).text)
      .toBe('未能保存到服务器：数据库不可用，修改保留在本机');
  });

  it('refusals say what happened: damaged document, storage unavailable, no permission, deleted', () => {
    expect(statusLabel({ ...base, authFailed: true, refusal: 'document-corrupt' }).text).toBe('文档已损坏，无法打开，请联系管理员');
    expect(statusLabel({ ...base, authFailed: true, refusal: 'unavailable' }).text).toContain('服务器暂时无法读取数据');
    expect(statusLabel({ ...base, authFailed: true, refusal: 'permission-denied' }).text).toBe('无权访问');
    expect(statusLabel({ ...base, authFailed: true, deleted: true, refusal: 'plan-deleted' }).text).toBe('计划已被删除');
  });
});
