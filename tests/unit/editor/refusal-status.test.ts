import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../main/common/api/refusal-reasons';
import { statusLabel } from '../../../renderer/src/editor/collab/connection-status';

describe('refused updates in the status bar', () => {
  it('a reason of the gate reads as its Chinese text; anything else is not ours', () => {
    expect(refusalMessage('update-refused')).toContain('服务器拒绝了这次修改');
    expect(refusalMessage('document-too-large')).toContain('大小上限');
    expect(refusalMessage('toString')).toBeNull();
    expect(refusalMessage(undefined)).toBeNull();
    const refused = refusalMessage('unknown-section');
    expect(statusLabel({ socket: 'connected', unsynced: 1, authFailed: false, deleted: false, refused })).toEqual({ text: refused, tone: 'bad' });
    expect(statusLabel({ socket: 'connected', unsynced: 0, authFailed: false, deleted: false, refused: null }).text).toBe('已连接 · 已保存');
  });
});
