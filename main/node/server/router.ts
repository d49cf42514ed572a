import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ApiRoutes, matchApiPath, type ApiRoute, type RouteName, type RouteParams, type RouteRequestValue, type RouteResponseBody,
} from '../../common/api/api-routes';
import { validate } from '../../common/contract-kit';
import { UserFacingError } from '../../common/errors';
import type { Origin, TokenAuthority } from './auth';
import { readJson, sendError, sendJson } from './http-util';
import type { InviteStore } from './invites/invite-store';
import type { AttemptLimiter } from './limits/attempt-limiter';
import type { ImportRunner } from '../import/import-in-worker';
import type { ImportLimits } from '../import/import-limits';
import type { Logger } from './logger';
import type { PlanService } from './plan-service';
import type { ClauseLibrary } from './clause-library';
import type { VersionService } from './version-service';

export interface Services {
  plans: PlanService;
  auth: TokenAuthority;
  log: Logger;
  version: string;
  invites: InviteStore;
  /** Invite-code guesses per address (route resolveInvite). */
  codeAttempts: AttemptLimiter;
  /** Named versions and the 签发稿 lock (docs/versions.md). */
  versions: VersionService;
  /** POST /api/import: the worker runner and the limits of one import. */
  imports: { runner: ImportRunner; limits: ImportLimits };
  /** GET /api/plans/:planId/clauses: the 条款库. */
  clauses: ClauseLibrary;
}

export interface RouteContext<N extends RouteName = RouteName> {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The route's `:name` params, URL-decoded. */
  params: RouteParams<N>;
  /** A JSON request body, validated with the route's schema (undefined for other routes). */
  body: RouteRequestValue<N>;
  services: Services;
  /** The token the request was authorised with, and where it came from (what the WebSocket gate sees). */
  token: string;
  origin: Origin;
}

/** A JSON answer with another status than the route's usual one (e.g. 200 for a merge, 201 for a create). */
export class StatusReply<T> {
  constructor(readonly status: number, readonly body: T) {}
}

type IsJson<N extends RouteName> = (typeof ApiRoutes)[N]['response'] extends { kind: 'json' } ? true : false;
/**
 * A JSON route's handler returns its body (the router sends it with the route's status); a binary route's
 * handler writes the response itself.
 */
export type RouteHandler<N extends RouteName> = (ctx: RouteContext<N>) =>
  Promise<IsJson<N> extends true ? RouteResponseBody<N> | StatusReply<RouteResponseBody<N>> : void>;
export type RouteHandlers<K extends RouteName> = { [N in K]: RouteHandler<N> };

export function tokenOf(req: IncomingMessage, url: URL): string {
  const header = req.headers['authorization'];
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  return url.searchParams.get('token') ?? '';
}

async function allowed(route: ApiRoute, params: Record<string, string>, token: string, origin: Origin, auth: TokenAuthority): Promise<boolean> {
  if (route.auth === 'none') return true;
  if (route.auth === 'owner') return auth.isOwner(token, origin);
  if (route.auth === 'plan-editor') return auth.canEditPlan ? auth.canEditPlan(token, params['planId'] ?? '', origin) : auth.isOwner(token, origin);
  return auth.canReadPlan ? auth.canReadPlan(token, params['planId'] ?? '', origin) : auth.isOwner(token, origin);
}

/**
 * Serve one `/api/*` request from the route table (main/common/api/api-routes.ts): match, authorise,
 * validate a JSON body, run the handler, send a JSON answer. Errors are the caller's (UserFacingError → its status).
 */
export async function dispatchApi(
  handlers: RouteHandlers<RouteName>, req: IncomingMessage, res: ServerResponse, url: URL, services: Services, origin: Origin,
): Promise<void> {
  for (const name of Object.keys(ApiRoutes) as RouteName[]) {
    const route: ApiRoute = ApiRoutes[name];
    if (route.method !== req.method) continue;
    const params = matchApiPath(route, url.pathname);
    if (!params) continue;
    const token = tokenOf(req, url);
    if (route.auth === 'plan-editor' && !(await allowed(route, params, token, origin, services.auth))
      && (await allowed({ ...route, auth: 'plan-reader' }, params, token, origin, services.auth))) {
      services.log.warn(`refused API call ${req.method} ${url.pathname}: the invite may not edit`);
      sendError(res, 403, { code: 'forbidden', message: '您的邀请只能查看或只能编辑指定章节，不能执行此操作。', detail: 'invite without the edit role' });
      return;
    }
    if (!(await allowed(route, params, token, origin, services.auth))) {
      services.log.warn(`refused API call ${req.method} ${url.pathname}: bad token`);
      sendError(res, 401, { code: 'unauthorized', message: '访问令牌无效，请从程序中重新打开。', detail: 'missing or wrong token' });
      return;
    }
    let body: unknown;
    if (route.request.kind === 'json') {
      const raw = await readJson(req, route.request.maxBytes);
      const checked = route.request.decode ? route.request.decode(raw) : validate(route.request.schema, raw, `${name} request`);
      if (!checked.ok) throw new UserFacingError(400, checked.error);
      body = checked.value;
    }
    const handler = handlers[name] as (ctx: RouteContext) => Promise<unknown>;
    const answer = await handler({ req, res, url, params: params as never, body: body as never, services, token, origin });
    if (route.response.kind === 'json') {
      if (answer instanceof StatusReply) sendJson(res, answer.status, answer.body);
      else sendJson(res, route.response.status, answer);
    }
    return;
  }
  sendError(res, 404, { code: 'not-found', message: '接口不存在。', detail: `no route ${req.method} ${url.pathname}` });
}
