import QRCode from 'qrcode';
import { inviteLinks, type Invite } from '../../../common/api/share-contract';
import { Ids } from '../../../common/model/ids';
import { fail } from '../http-util';
import type { StoredInvite } from '../invites/invite-store';
import { closeInviteConnections } from '../invites/invite-connections';
import type { RouteContext, RouteHandlers } from '../router';

/** Host and port for links: as stored with the invite, else as the request reached us. */
function linkTarget(ctx: Pick<RouteContext, 'req'>, invite: StoredInvite): { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(ctx.req.headers.host ?? '');
  const host = invite.host ?? m?.[1]?.replace(/^\[|\]$/g, '') ?? '127.0.0.1';
  const port = invite.port ?? Number(m?.[2] ?? ctx.req.socket.localPort ?? 80);
  return { host, port };
}

export function toInvite(ctx: Pick<RouteContext, 'req'>, s: StoredInvite): Invite {
  const { host, port } = linkTarget(ctx, s);
  const { id, planId, role, department, code, token, createdAt } = s;
  return { id, planId, role, department, code, token, createdAt, ...inviteLinks({ host, port, planId, token }) };
}

async function planMustExist(ctx: RouteContext<'createInvite' | 'listInvites'>): Promise<string> {
  const { planId } = ctx.params;
  if (!Ids.isPlanId(planId) || !(await ctx.services.plans.exists(planId).catch(() => false))) {
    fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
  }
  return planId;
}

/** Revocation is immediate: connections opened with a revoked token are closed and cannot come back. */
async function revoke(ctx: RouteContext<'revokeInvite' | 'revokeAllInvites'>, which: 'one' | 'all'): Promise<{ revoked: number }> {
  const { planId } = ctx.params;
  const inviteId = 'inviteId' in ctx.params ? ctx.params.inviteId : '';
  const { invites, plans, log } = ctx.services;
  const gone = which === 'all' ? await invites.revokeAll(planId) : await invites.revoke(planId, inviteId);
  if (which === 'one' && gone.length === 0) fail(404, 'invite-not-found', '找不到该邀请，可能已被撤销。', `no invite ${inviteId} for plan ${planId}`);
  const closed = closeInviteConnections(plans.hocuspocus, new Set(gone.map((g) => g.id)));
  log.info(`revoked ${gone.length} invite(s) of plan ${planId}, closed ${closed} connection(s)`);
  return { revoked: gone.length };
}

/**
 * Failed code lookups per address are limited (services.codeAttempts: 10 at once, then one a minute; a
 * 6-character code is guessable otherwise), across all instances when they share a database. The attempt
 * is taken before the lookup, so an address over the limit learns nothing, not even a right guess, and
 * given back when the code was right or the lookup failed (an error is not a guess).
 */
async function resolveInvite(ctx: RouteContext<'resolveInvite'>) {
  const address = ctx.req.socket.remoteAddress ?? 'unknown';
  const attempts = ctx.services.codeAttempts;
  if (!(await attempts.take(address))) fail(429, 'too-many-attempts', '尝试次数过多，请稍后再试。', `too many failed invite codes from ${address}`);
  let invite: StoredInvite | null;
  try {
    invite = await ctx.services.invites.byCode(ctx.body.code);
  } catch (e) {
    await attempts.refund(address).catch(() => undefined);
    throw e;
  }
  if (!invite) fail(404, 'invite-not-found', '邀请码无效或已被撤销，请向共享人核对。', `unknown invite code from ${address}`);
  await attempts.refund(address);
  const { planId, token, role, department } = invite;
  return { planId, token, role, department };
}

export const shareHandlers: RouteHandlers<'createInvite' | 'listInvites' | 'revokeInvite' | 'revokeAllInvites' | 'inviteQr' | 'resolveInvite'> = {
  createInvite: async (ctx) => {
    const planId = await planMustExist(ctx);
    const { role, department, host, port } = ctx.body;
    const stored = await ctx.services.invites.create(planId, role, department ?? null, { host, port });
    ctx.services.log.info(`created ${role} invite ${stored.id} for plan ${planId}${department ? ` (${department})` : ''}`);
    return { invite: toInvite(ctx, stored) };
  },
  listInvites: async (ctx) => {
    const planId = await planMustExist(ctx);
    return { invites: (await ctx.services.invites.list(planId)).map((s) => toInvite(ctx, s)) };
  },
  revokeInvite: (ctx) => revoke(ctx, 'one'),
  /** 停止共享: every invite of the plan. */
  revokeAllInvites: (ctx) => revoke(ctx, 'all'),
  /** The invite as a QR code (SVG); ?kind=app encodes the planstudio:// link instead of the web link. */
  inviteQr: async (ctx) => {
    const { planId, inviteId } = ctx.params;
    const stored = (await ctx.services.invites.list(planId)).find((i) => i.id === inviteId);
    if (!stored) fail(404, 'invite-not-found', '找不到该邀请，可能已被撤销。', `no invite ${inviteId}`);
    const invite = toInvite(ctx, stored);
    const svg = await QRCode.toString(ctx.url.searchParams.get('kind') === 'app' ? invite.link : invite.webLink, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    ctx.res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    ctx.res.end(svg);
  },
  resolveInvite,
};
