import { z } from 'zod';
import { ErrorBodySchema } from '../../../main/common/api/contracts';
import {
  CreateInviteResponseSchema, InviteListSchema, ResolveInviteResponseSchema, RevokeResponseSchema, ShareApiPaths,
  type CreateInviteRequest, type Invite, type ResolveInviteResponse,
} from '../../../main/common/api/share-contract';
import type { Host } from '../host/host';

async function call<S extends z.ZodType>(host: Host, schema: S, path: string, init: RequestInit = {}): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(host.serverUrl + path, {
      ...init,
      headers: { Authorization: `Bearer ${host.token}`, ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch {
    throw new Error('无法连接到服务器。');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ErrorBodySchema.safeParse(body);
    throw new Error(err.success ? err.data.error.message : `操作失败（${res.status}）。`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error('服务器返回的数据格式不正确。');
  return parsed.data;
}

/** The sharing API (share-contract.ts), validated on receipt. */
export const ShareClient = {
  async list(host: Host, planId: string): Promise<Invite[]> {
    return (await call(host, InviteListSchema, ShareApiPaths.invites(planId))).invites;
  },
  async create(host: Host, planId: string, req: CreateInviteRequest): Promise<Invite> {
    return (await call(host, CreateInviteResponseSchema, ShareApiPaths.invites(planId), { method: 'POST', body: JSON.stringify(req) })).invite;
  },
  async revoke(host: Host, planId: string, inviteId: string): Promise<void> {
    await call(host, RevokeResponseSchema, ShareApiPaths.invite(planId, inviteId), { method: 'DELETE' });
  },
  async revokeAll(host: Host, planId: string): Promise<number> {
    return (await call(host, RevokeResponseSchema, ShareApiPaths.invites(planId), { method: 'DELETE' })).revoked;
  },
  /** The QR image URL (an <img> cannot send headers, so the owner token rides in the query). */
  qrUrl(host: Host, planId: string, inviteId: string): string {
    return `${host.serverUrl}${ShareApiPaths.inviteQr(planId, inviteId)}?token=${encodeURIComponent(host.token)}`;
  },
  async resolve(serverUrl: string, code: string): Promise<ResolveInviteResponse> {
    const res = await fetch(serverUrl + ShareApiPaths.resolve, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = ErrorBodySchema.safeParse(body);
      throw new Error(err.success ? err.data.error.message : '邀请码无效。');
    }
    return ResolveInviteResponseSchema.parse(body);
  },
};
