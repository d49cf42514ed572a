import { z } from 'zod';
import { INVITE_ROLES, ShareStatusSchema } from '../api/share-contract';
import { Ids } from '../model/ids';
import type { IpcChannelName } from './channel-names';

/**
 * IPC carries only what needs Electron (docs/architecture.md#ipc): app info, the embedded server endpoint,
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
  /** 共享协作: share one plan on the LAN (docs/coediting.md); returns its links, codes and QR. */
  'share:start': {
    request: z.strictObject({
      planId: z.string().refine(Ids.isPlanId, 'not a plan id'),
      /** One of share:status's interfaces; default: the first. */
      address: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, 'an IPv4 address').optional(),
      port: z.number().int().min(0).max(65535).optional(),
      roles: z.array(z.enum(INVITE_ROLES).exclude(['department'])).min(1).max(2).optional(),
    }),
    response: ShareStatusSchema,
  },
  /** Stop sharing: revokes the plan's invites and disconnects colleagues. */
  'share:stop': {
    request: z.strictObject({ planId: z.string().refine(Ids.isPlanId, 'not a plan id') }),
    response: z.strictObject({ ok: z.literal(true) }),
  },
  'share:status': {
    request: z.strictObject({ planId: z.string().refine(Ids.isPlanId, 'not a plan id') }),
    response: z.strictObject({
      status: ShareStatusSchema.nullable(),
      interfaces: z.array(z.strictObject({ name: z.string(), address: z.string() })),
    }),
  },
} as const;

export type IpcChannel = keyof typeof ipcContracts;
// The allow-list and the contracts must name the same channels.
const _sameChannels: Record<IpcChannelName, unknown> = ipcContracts satisfies Record<IpcChannel, unknown>;
void _sameChannels;
export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcContracts)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.output<(typeof ipcContracts)[C]['response']>;
