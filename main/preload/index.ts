import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../common/ipc/channel-names';

// The renderer gets exactly one function: invoke an allow-listed channel. Main validates every payload.
contextBridge.exposeInMainWorld('bridge', {
  invoke(channel: string, request: unknown): Promise<unknown> {
    if (!(IPC_CHANNELS as readonly string[]).includes(channel)) return Promise.reject(new Error(`channel not allowed: ${channel}`));
    return ipcRenderer.invoke(channel, request);
  },
});
