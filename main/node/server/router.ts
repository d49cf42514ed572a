import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlanService } from './plan-service';
import type { Logger } from './logger';
import type { Origin, TokenAuthority } from './auth';
import type { InviteStore } from './invites/invite-store';
import type { AttemptLimiter } from './limits/attempt-limiter';
import type { ImportRunner } from '../import/import-in-worker';
import type { ImportLimits } from '../import/import-limits';

export interface Services {
  plans: PlanService;
  auth: TokenAuthority;
  log: Logger;
  version: string;
  invites: InviteStore;
  /** Invite-code guesses per address (POST /api/invites/resolve). */
  codeAttempts: AttemptLimiter;
  /** POST /api/import: the worker runner and the limits of one import. */
  imports: { runner: ImportRunner; limits: ImportLimits };
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
  services: Services;
  /** The token the request was authorised with, and where it came from (what the WebSocket gate sees). */
  token: string;
  origin: Origin;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Matched against the path; capture groups become params (URL-decoded). */
  pattern: RegExp;
  /**
   * true: requires the owner token (Authorization: Bearer, or ?token= for plain links);
   * 'plan-reader': the owner token or an invite token of the plan named by the first capture group.
   */
  auth: boolean | 'plan-reader';
  handle(ctx: RouteContext): Promise<void>;
}

export function tokenOf(req: IncomingMessage, url: URL): string {
  const header = req.headers['authorization'];
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice(7).trim();
  return url.searchParams.get('token') ?? '';
}
