import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../main/common/ipc/channel-names';
import { ipcContracts } from '../../../main/common/ipc/channels';

describe('IPC contracts for LAN sharing', () => {
  it('are allow-listed for the preload', () => {
    for (const c of ['share:start', 'share:stop', 'share:status']) expect(IPC_CHANNELS).toContain(c);
  });

  it('validate what the renderer sends: plan ids, IPv4 addresses, roles', () => {
    const start = ipcContracts['share:start'].request;
    expect(start.safeParse({ planId: 'p-abc123def4', address: '192.168.1.20' }).success).toBe(true);
    expect(start.safeParse({ planId: '../../etc', address: '192.168.1.20' }).success).toBe(false);
    expect(start.safeParse({ planId: 'p-abc123def4', address: '0.0.0.0; rm -rf /' }).success).toBe(false);
    expect(start.safeParse({ planId: 'p-abc123def4', roles: ['department'] }).success).toBe(false);
    expect(start.safeParse({ planId: 'p-abc123def4', extra: 1 }).success).toBe(false);
    expect(ipcContracts['share:stop'].request.safeParse({ planId: 'P!' }).success).toBe(false);
  });
});
