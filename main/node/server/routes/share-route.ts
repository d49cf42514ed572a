import QRCode from 'qrcode';
import {
  CreateInviteRequestSchema, inviteLinks, ResolveInviteRequestSchema, type Invite,
} from '../../../common/api/share-contract';
import { MAX_JSON_BODY } from '../../../common/api/contracts';
import { validate } from '../../../common/contract-kit';
import { UserFacingError } from '../../../common/errors';
import { Ids } from '../../../common/model/ids';
import { fail, readJson, sendJson } from '../http-util';
import type { StoredInvite } from '../invites/invite-store';
import { closeInviteConnections } from '../invites/plan-access';
import type { Route, RouteContext } from '../router';

/** Host and port for links: as stored with the invite, else as the request reached us. */
function linkTarget(ctx: RouteContext, invite: StoredInvite): { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(ctx.req.headers.host ?? '');
  const host = invite.host ?? m?.[1]?.replace(/^\[|\]$/g, '') ?? '127.0.0.1';
  const port = invite.port ?? Number(m?.[2] ?? ctx.req.socket.localPort ?? 80);
  return { host, port };
}

export function toInvite(ctx: RouteContext, s: StoredInvite): Invite {
  const { host, port } = linkTarget(ctx, s);
  const { id, planId, role, department, code, token, createdAt } = s;
  return { id, planId, role, department, code, token, createdAt, ...inviteLinks({ host, port, planId, token }) };
}

async function planMustExist(ctx: RouteContext): Promise<string> {
  const planId = ctx.params[0]!;
  if (!Ids.isPlanId(planId) || !(await ctx.services.plans.exists(planId).catch(() => false))) {
    fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
  }
  return planId;
}

export const createInviteRoute: Route = {
  method: 'POST',
  pattern: /^\/api\/plans\/([^/]+)\/invites$/,
  auth: true,
  async handle(ctx) {
    const planId = await planMustExist(ctx);
    const body = validate(CreateInviteRequestSchema, await readJson(ctx.req, MAX_JSON_BODY), 'create-invite request');
    if (!body.ok) throw new UserFacingError(400, body.error);
    const { role, department, host, port } = body.value;
    const stored = await ctx.services.invites.create(planId, role, department ?? null, { host, port });
    ctx.services.log.info(`created ${role} invite ${stored.id} for plan ${planId}${department ? ` (${department})` : ''}`);
    sendJson(ctx.res, 201, { invite: toInvite(ctx, stored) });
  },
};

export const listInvitesRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/invites$/,
  auth: true,
  async handle(ctx) {
    const planId = await planMustExist(ctx);
    sendJson(ctx.res, 200, { invites: (await ctx.services.invites.list(planId)).map((s) => toInvite(ctx, s)) });
  },
};

async function revoke(ctx: RouteContext, which: 'one' | 'all'): Promise<void> {
  const planId = ctx.params[0]!;
  const { invites, plans, log } = ctx.services;
  const gone = which === 'all' ? await invites.revokeAll(planId) : await invites.revoke(planId, ctx.params[1]!);
  if (which === 'one' && gone.length === 0) fail(404, 'invite-not-found', '找不到该邀请，可能已被撤销。', `no invite ${ctx.params[1]} for plan ${planId}`);
  // Revocation is immediate: connections opened with a revoked token are closed and cannot come back.
  const closed = closeInviteConnections(plans.hocuspocus, new Set(gone.map((g) => g.id)));
  log.info(`revoked ${gone.length} invite(s) of plan ${planId}, closed ${closed} connection(s)`);
  sendJson(ctx.res, 200, { revoked: gone.length });
}

export const revokeInviteRoute: Route = {
  method: 'DELETE',
  pattern: /^\/api\/plans\/([^/]+)\/invites\/([^/]+)$/,
  auth: true,
  handle: (ctx) => revoke(ctx, 'one'),
};

/** "Stop sharing": every invite of the plan. */
export const revokeAllInvitesRoute: Route = {
  method: 'DELETE',
  pattern: /^\/api\/plans\/([^/]+)\/invites$/,
  auth: true,
  handle: (ctx) => revoke(ctx, 'all'),
};

/** The invite as a QR code (SVG); ?kind=app encodes the planstudio:// link instead of the web link. */
export const inviteQrRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/invites\/([^/]+)\/qr\.svg$/,
  auth: true,
  async handle(ctx) {
    const stored = (await ctx.services.invites.list(ctx.params[0]!)).find((i) => i.id === ctx.params[1]);
    if (!stored) fail(404, 'invite-not-found', '找不到该邀请，可能已被撤销。', `no invite ${ctx.params[1]}`);
    const invite = toInvite(ctx, stored);
    const svg = await QRCode.toString(ctx.url.searchParams.get('kind') === 'app' ? invite.link : invite.webLink, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    ctx.res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    ctx.res.end(svg);
  },
};

/**
 * Failed code lookups per address are limited (services.codeAttempts: 10 at once, then one a minute; a
 * 6-character code is guessable otherwise), across all instances when they share a database. The attempt
 * is taken before the lookup, so an address over the limit learns nothing, not even a right guess, and
 * given back when the code was right or the lookup failed (an error is not a guess).
 */
export const resolveInviteRoute: Route = {
  method: 'POST',
  pattern: /^\/api\/invites\/resolve$/,
  auth: false,
  async handle(ctx) {
    const address = ctx.req.socket.remoteAddress ?? 'unknown';
    const body = validate(ResolveInviteRequestSchema, await readJson(ctx.req, 4096), 'resolve-invite request');
    if (!body.ok) throw new UserFacingError(400, body.error);
    const attempts = ctx.services.codeAttempts;
    if (!(await attempts.take(address))) fail(429, 'too-many-attempts', '尝试次数过多，请稍后再试。', `too many failed invite codes from ${address}`);
    let invite: StoredInvite | null;
    try {
      invite = await ctx.services.invites.byCode(body.value.code);
    } catch (e) {
      await attempts.refund(address).catch(() => undefined);
      throw e;
    }
    if (!invite) fail(404, 'invite-not-found', '邀请码无效或已被撤销，请向共享人核对。', `unknown invite code from ${address}`);
    await attempts.refund(address);
    const { planId, token, role, department } = invite;
    sendJson(ctx.res, 200, { planId, token, role, department });
  },
};

export const shareRoutes: Route[] = [createInviteRoute, listInvitesRoute, revokeInviteRoute, revokeAllInvitesRoute, inviteQrRoute, resolveInviteRoute];
