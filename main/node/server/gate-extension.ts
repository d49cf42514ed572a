import type { beforeHandleMessagePayload, Extension, onAuthenticatePayload, onDisconnectPayload, onUpgradePayload } from '@hocuspocus/server';
import { DocNames } from '../../common/collab/doc-names';
import type { Grant, TokenAuthority } from './auth';
import { PLAN_DELETED_REASON } from '../../common/api/refusal-reasons';
import { dropSocket } from './drop-socket';
import { ConnectionLimiter, isLoopback, type ConnectionLimits } from './limits/connection-limiter';
import { RateLimiter } from './limits/rate-limiter';
import { allowedRoots, foreignRoot } from './limits/root-guard';
import type { Logger } from './logger';

/** Set by the server on every upgrade (a client-sent value is overwritten), read in onAuthenticate. */
export const LOOPBACK_HEADER = 'x-plan-studio-loopback';

export interface MessageLimits {
  /** Largest single message (bytes); ws's maxPayload closes the socket above it anyway. */
  maxBytes: number;
  /** Messages per connection: burst, then a sustained rate. */
  burst: number;
  perSecond: number;
}

/** What onAuthenticate puts into a connection's context. */
export interface GateContext extends Partial<Grant> {
  planId?: string;
  bodyId?: string | null;
}

export interface GateDeps {
  auth: TokenAuthority;
  log: Logger;
  planExists(planId: string): Promise<boolean>;
  /** Was a plan that does not exist deleted (rather than never there)? Asked only to word a refusal. */
  planDeleted(planId: string): Promise<boolean>;
  assigneeOf(planId: string, bodyId: string): Promise<string | null>;
  messages: MessageLimits;
  connections: ConnectionLimits;
  /** Which socket addresses are this machine (default: loopback). */
  isLocal?: (address: string | undefined) => boolean;
}

/**
 * The `plan-auth` gate: document names must parse as ours, tokens are granted per document connection
 * (read-only set via connectionConfig), messages are size- and rate-limited per connection, upgrades are
 * limited per remote address, and a department connection is closed as soon as its section is
 * reassigned (it reconnects read-only).
 */
export function gateExtension(deps: GateDeps): Extension {
  const { auth, log } = deps;
  const rate = new RateLimiter(deps.messages.burst, deps.messages.perSecond);
  const upgrades = new ConnectionLimiter(deps.connections, log, deps.isLocal ?? isLoopback);
  return {
    extensionName: 'plan-auth',
    async onUpgrade({ request, socket }: onUpgradePayload) {
      if (!upgrades.admit(request, socket)) throw null;
      request.headers[LOOPBACK_HEADER] = (deps.isLocal ?? isLoopback)(request.socket.remoteAddress) ? '1' : '0';
    },
    async onAuthenticate({ token, documentName, connectionConfig, requestHeaders }: onAuthenticatePayload): Promise<GateContext> {
      const name = DocNames.parse(documentName);
      if (!name) {
        log.warn(`refused connection to malformed document name ${JSON.stringify(documentName.slice(0, 100))}`);
        throw new Error('forbidden');
      }
      const origin = { loopback: requestHeaders.get(LOOPBACK_HEADER) !== '0' };
      let grant: Grant | null;
      try {
        grant = await auth.grant(token ?? '', name.planId, name.bodyId, origin);
      } catch (e) {
        // The invite store failed: refuse (nothing is granted on an error), logged as a server error with
        // its own reason for the client, not as a wrong token.
        log.error(`token check for ${documentName} failed: ${(e as Error).message}`);
        throw Object.assign(new Error('unavailable'), { reason: 'unavailable' });
      }
      if (!grant) {
        log.warn(`refused token for ${documentName}${origin.loopback ? '' : ' from the LAN'}`);
        throw new Error('forbidden');
      }
      if (!(await deps.planExists(name.planId).catch(() => true))) {
        // The reason reaches the client (authenticationFailed): "deleted" is worth telling the editor apart.
        const deleted = await deps.planDeleted(name.planId).catch(() => false);
        log.warn(`refused connection to ${deleted ? 'deleted' : 'missing'} plan ${name.planId}`);
        const reason = deleted ? PLAN_DELETED_REASON : 'not-found';
        throw Object.assign(new Error(reason), { reason });
      }
      if (grant.readOnly) connectionConfig.readOnly = true;
      return { ...grant, planId: name.planId, bodyId: name.bodyId };
    },
    async beforeHandleMessage({ update, documentName, socketId, context, connection }: beforeHandleMessagePayload<GateContext>) {
      if (update.length > deps.messages.maxBytes) {
        log.warn(`dropped oversized message (${update.length} bytes) for ${documentName}`);
        throw new Error('message too large');
      }
      if (!rate.take(`${socketId}:${documentName}`)) {
        log.warn(`closing socket ${socketId} (${documentName}): more than ${deps.messages.burst} messages in a burst`);
        dropSocket(connection, 'rate limit');
        throw new Error('rate limit');
      }
      let foreign: string | null;
      try {
        foreign = connection.readOnly ? null : foreignRoot(update, allowedRoots(context.bodyId === null));
      } catch {
        foreign = '(malformed update)';
      }
      if (foreign !== null) {
        log.warn(`dropped an update to ${documentName} writing the unknown root type ${JSON.stringify(foreign.slice(0, 60))}`);
        dropSocket(connection, 'unknown root type');
        throw new Error('unknown root type');
      }
      if (context.role === 'department' && !connection.readOnly && context.planId && context.bodyId) {
        const assignee = await deps.assigneeOf(context.planId, context.bodyId);
        if (assignee !== context.department) {
          log.info(`closing ${documentName} for ${context.department}: the section was reassigned`);
          dropSocket(connection, 'section reassigned');
          throw new Error('section reassigned');
        }
      }
    },
    async onDisconnect({ socketId, documentName }: onDisconnectPayload) {
      rate.forget(`${socketId}:${documentName}`);
    },
  };
}
