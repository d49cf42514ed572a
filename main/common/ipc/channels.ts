import { z } from 'zod';
import type { IpcChannelName } from './channel-names';

/**
 * IPC carries only what needs Electron (ARCHITECTURE.md): app info, the embedded server endpoint,
 * native save/open dialogs. Both sides validate with these schemas.
 */
export const ipcContracts = {
  'app:info': {
    request: z.strictObject({}),
    response: z.strictObject({ version: z.string(), platform: z.string() }),
  },
  'server:endpoint': {
    request: z.strictObject({}),
    response: z.strictObject({ url: z.string().url(), token: z.string().min(8) }),
  },
  'file:save': {
    request: z.strictObject({
      suggestedName: z.string().min(1).max(200),
      /** Base64 of the file bytes (≤ 50 MB). */
      dataBase64: z.string().max(70 * 1024 * 1024),
      filters: z.array(z.strictObject({ name: z.string(), extensions: z.array(z.string()) })).default([]),
    }),
    response: z.strictObject({ saved: z.boolean(), path: z.string().nullable() }),
  },
} as const;

export type IpcChannel = keyof typeof ipcContracts;
// The allow-list and the contracts must name the same channels.
const _sameChannels: Record<IpcChannelName, unknown> = ipcContracts satisfies Record<IpcChannel, unknown>;
void _sameChannels;
export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcContracts)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<(typeof ipcContracts)[C]['response']>;
