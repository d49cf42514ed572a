import type { IpcRequest, IpcResponse } from '../common/ipc/channels';
import type { SyncServer } from '../node/server/create-sync-server';
import { LanShare, lanInterfaces, type SharedPlans } from '../node/share/lan-share';

export interface ShareHandlers {
  'share:start': (req: IpcRequest<'share:start'>) => Promise<IpcResponse<'share:start'>>;
  'share:stop': (req: IpcRequest<'share:stop'>) => Promise<IpcResponse<'share:stop'>>;
  'share:status': (req: IpcRequest<'share:status'>) => Promise<IpcResponse<'share:status'>>;
}

/**
 * The thin Electron side of 共享协作: IPC handlers over main/node's LanShare (all logic and its tests
 * live there). `shared` is the same registry the embedded server was created with (`lan` option).
 */
export function createLanShare(server: SyncServer, shared: SharedPlans): { handlers: ShareHandlers; stopAll(): Promise<void> } {
  const lan = new LanShare(server, server.services.invites, shared, server.services.log);
  return {
    handlers: {
      'share:start': (req) => lan.start(req),
      'share:stop': async (req) => {
        await lan.stop(req.planId);
        return { ok: true };
      },
      'share:status': async (req) => ({ status: await lan.status(req.planId), interfaces: lanInterfaces() }),
    },
    stopAll: () => lan.stopAll(),
  };
}
