import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { promises as fs } from 'node:fs';
import { ipcContracts, type IpcChannel } from '../common/ipc/channels';
import type { ShareHandlers } from './lan-share';

export interface IpcDeps {
  serverUrl: string;
  token: string;
  window: () => BrowserWindow | null;
  share: ShareHandlers;
}

type Handlers = { [C in IpcChannel]: (req: never, event: IpcMainInvokeEvent) => Promise<unknown> };

/** Every IPC handler checks the sender frame and validates input and output with the shared contract. */
export function registerIpcHandlers(deps: IpcDeps): void {
  const handlers: Handlers = {
    'app:info': async () => ({ version: app.getVersion(), platform: process.platform }),
    'server:endpoint': async () => ({ url: deps.serverUrl, token: deps.token }),
    'file:save': async (req: { suggestedName: string; dataBase64: string; filters: Array<{ name: string; extensions: string[] }> }) => {
      const win = deps.window();
      const result = win
        ? await dialog.showSaveDialog(win, { defaultPath: req.suggestedName, filters: req.filters })
        : await dialog.showSaveDialog({ defaultPath: req.suggestedName, filters: req.filters });
      if (result.canceled || !result.filePath) return { saved: false, path: null };
      await fs.writeFile(result.filePath, Buffer.from(req.dataBase64, 'base64'));
      return { saved: true, path: result.filePath };
    },
    ...deps.share,
  };
  for (const channel of Object.keys(ipcContracts) as IpcChannel[]) {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!frameUrl.startsWith(`${deps.serverUrl}/`)) throw new Error(`IPC ${channel} refused from ${frameUrl}`);
      const req = ipcContracts[channel].request.safeParse(raw ?? {});
      if (!req.success) throw new Error(`IPC ${channel}: invalid request`);
      const res = await handlers[channel](req.data as never, event);
      return ipcContracts[channel].response.parse(res);
    });
  }
}
