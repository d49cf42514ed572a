import type { beforeHandleMessagePayload, connectedPayload, Extension, onAuthenticatePayload, onDisconnectPayload, onUpgradePayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { DocNames } from '../../common/collab/doc-names';
import type { Grant, TokenAuthority } from './auth';
import { PLAN_DELETED_REASON, UPDATE_REFUSED_CLOSE_CODE, type RefusalReason } from '../../common/api/refusal-reasons';
import { dropSocket } from './drop-socket';
import { GrantStatusMessage } from '../../common/api/grant-status';
import { ConnectionLimiter, isLoopback, type ConnectionLimits } from './limits/connection-limiter';
import type { HostGuard } from './limits/host-guard';
import { DocumentSizes, SocketDocuments, type DocumentLimits } from './limits/document-limits';
import { RateLimiter } from './limits/rate-limiter';
import { allowedRoots, isSyncStep2 } from './limits/root-guard';
import { decodeWrite, limitViolation, shapeCheck } from './limits/write-checks';
import type { Logger } from './logger';
import { refuseForStorage } from './storage-refusal';

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
  /** The document store is a database (a failure then means "database unavailable" unless it says disk full). */
  database?: boolean;
  planExists(planId: string): Promise<boolean>;
  /** Was a plan that does not exist deleted (rather than never there)? Asked only to word a refusal. */
  planDeleted(planId: string): Promise<boolean>;
  assigneeOf(planId: string, bodyId: string): Promise<string | null>;
  /** Does the plan doc name this body (waiting up to `graceMs` for it to)? */
  namesBody(planId: string, bodyId: string, graceMs: number): Promise<boolean>;
  /** Is the plan locked by a 签发稿 (docs/versions.md)? Writers then get read-only connections, and growing updates are refused. */
  planLocked?(planId: string): Promise<boolean>;
  messages: MessageLimits;
  documents: DocumentLimits;
  connections: ConnectionLimits;
  /** Names the server may be called by (Host, Origin): DNS-rebinding guard. */
  hosts: HostGuard;
  /** Which socket addresses are this machine (default: loopback). */
  isLocal?: (address: string | undefined) => boolean;
}

/**
 * The `plan-auth` gate: document names must parse as ours, tokens are granted per document connection
 * (read-only set via connectionConfig), messages are size- and rate-limited per connection and per
 * socket, a socket has a bounded number of documents open, upgrades are limited per remote address, and a
 * department connection is closed as soon as its section is reassigned (it reconnects read-only).
 * Every update is checked before it is applied (checkUpdate): the shapes our documents allow, the size
 * cap, and for a body that the plan names it. A refused update is never applied; the socket is closed
 * with the reason (main/common/api/refusal-reasons.ts), so the provider reconnects cleanly.
 */
export function gateExtension(deps: GateDeps): Extension {
  const { auth, log } = deps;
  const rate = new RateLimiter(deps.messages.burst, deps.messages.perSecond);
  const upgrades = new ConnectionLimiter(deps.connections, log, deps.isLocal ?? isLoopback);
  const socketRate = new RateLimiter(deps.documents.socketBurst, deps.documents.socketPerSecond);
  const socketDocs = new SocketDocuments(deps.documents.maxDocumentsPerSocket);
  const sizes = new DocumentSizes(deps.documents.maxDocumentBytes);
  const watchedSockets = new Set<string>();
  const namedBodies = new WeakSet<object>();
  const refuse = (connection: beforeHandleMessagePayload['connection'], reason: RefusalReason, code = UPDATE_REFUSED_CLOSE_CODE): never => {
    dropSocket(connection, reason, code);
    throw Object.assign(new Error(reason), { reason, code });
  };
  return {
    extensionName: 'plan-auth',
    async onUpgrade({ request, socket }: onUpgradePayload) {
      const { host, origin } = request.headers;
      if (!deps.hosts.allowsHost(host) || !deps.hosts.allowsOrigin(origin)) {
        log.warn(`refused WebSocket upgrade for Host ${JSON.stringify(String(host).slice(0, 80))} from Origin ${JSON.stringify(String(origin).slice(0, 80))}`);
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        socket.destroy();
        throw null;
      }
      if (!upgrades.admit(request, socket)) throw null;
      request.headers[LOOPBACK_HEADER] = (deps.isLocal ?? isLoopback)(request.socket.remoteAddress) ? '1' : '0';
    },
    async onAuthenticate({ token, documentName, connectionConfig, requestHeaders, socketId }: onAuthenticatePayload): Promise<GateContext> {
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
      if (!socketDocs.take(socketId, documentName)) {
        log.warn(`refused ${documentName}: socket ${socketId} has ${deps.documents.maxDocumentsPerSocket} documents open`);
        throw Object.assign(new Error('too-many-documents'), { reason: 'too-many-documents' });
      }
      if (grant.readOnly) connectionConfig.readOnly = true;
      else if (deps.planLocked && (await deps.planLocked(name.planId).catch(() => false))) connectionConfig.readOnly = true;
      return { ...grant, planId: name.planId, bodyId: name.bodyId };
    },
    async beforeHandleMessage({ update, documentName, socketId, context, connection, document }: beforeHandleMessagePayload<GateContext>) {
      if (update.length > deps.messages.maxBytes) {
        log.warn(`dropped oversized message (${update.length} bytes) for ${documentName}`);
        throw new Error('message too large');
      }
      if (!socketRate.take(socketId)) {
        log.warn(`closing socket ${socketId}: more than ${deps.documents.socketBurst} messages in a burst over its documents`);
        refuse(connection, 'rate limit', 4403);
      }
      if (!rate.take(`${socketId}:${documentName}`)) {
        log.warn(`closing socket ${socketId} (${documentName}): more than ${deps.messages.burst} messages in a burst`);
        refuse(connection, 'rate limit', 4403);
      }
      // A limited connection may have been made read-only for its previous message only (below).
      if (context.limit) connection.readOnly = false;
      if (!connection.readOnly) await checkWrite(update, documentName, context, connection, document);
      if (context.role === 'department' && !context.limit && !connection.readOnly && context.planId && context.bodyId) {
        const assignee = await deps.assigneeOf(context.planId, context.bodyId);
        if (assignee !== context.department) {
          log.info(`closing ${documentName} for ${context.department}: the section was reassigned`);
          dropSocket(connection, 'section reassigned');
          throw new Error('section reassigned');
        }
      }
    },
    async connected({ socketId, connection, context }: connectedPayload) {
      // A body connection learns its limit (批注 / 修订 only) and department: the scope cannot say it.
      const grant = context as GateContext;
      if (grant.bodyId && (grant.limit || grant.department !== undefined)) {
        connection.sendStateless(GrantStatusMessage.encode(grant.limit ?? null, grant.department ?? null));
      }
      // Once per socket (not per document: one socket carries dozens), forget its counts when it closes.
      if (watchedSockets.has(socketId)) return;
      watchedSockets.add(socketId);
      const ws = connection.webSocket as { once?: (event: string, cb: () => void) => void };
      ws.once?.('close', () => {
        watchedSockets.delete(socketId);
        socketDocs.forget(socketId);
        socketRate.forget(socketId);
      });
    },
    async onDisconnect({ socketId, documentName }: onDisconnectPayload) {
      rate.forget(`${socketId}:${documentName}`);
      socketDocs.release(socketId, documentName);
    },
  };

  /** The checks of a message from a writer; refuses (closes the socket, throws) what must not be applied. */
  async function checkWrite(
    message: Uint8Array, documentName: string, context: GateContext, connection: beforeHandleMessagePayload['connection'], document: Y.Doc,
  ): Promise<void> {
    const isPlanDoc = context.bodyId === null;
    const roots = allowedRoots(isPlanDoc);
    const { update, foreign } = decodeWrite(message, roots);
    if (foreign !== null) {
      log.warn(`dropped an update to ${documentName} writing the unknown root type ${JSON.stringify(foreign.slice(0, 60))}`);
      refuse(connection, 'unknown root type', 4403);
    }
    if (!update) return;
    const check = shapeCheck(document, update, roots, isPlanDoc);
    if (check.violation) {
      log.warn(`refused an update to ${documentName} (${context.role ?? 'owner'}): ${check.violation}`);
      refuse(connection, 'update-refused');
    }
    if (context.limit && !checkLimited(message, documentName, context, connection, document, update)) return;
    if (check.grows) await checkGrowth(documentName, context, connection, document, update);
  }

  /** A comment- or suggest-only writer's update; false when the message is dropped rather than refused. */
  function checkLimited(
    message: Uint8Array, documentName: string, context: GateContext, connection: beforeHandleMessagePayload['connection'], document: Y.Doc, update: Uint8Array,
  ): boolean {
    const limit = context.limit!;
    const why = limitViolation(document, update, limit, context.department ?? '', context.bodyId === null);
    if (!why) return true;
    log.warn(`refused an update to ${documentName} (${context.role} ${limit}-only, ${context.department}): ${why}`);
    // A sync step 2 is the client's state on (re)connecting: it still holds what was refused before
    // (typed just before its section was reassigned, say). Closing again would loop; drop this message
    // as Hocuspocus drops a read-only connection's (unacknowledged, the client keeps it).
    if (isSyncStep2(message)) {
      connection.readOnly = true;
      return false;
    }
    return refuse(connection, limit === 'suggest' ? 'suggest-only' : 'comment-only');
  }

  /** An update that adds content: not to a locked plan, only to a body the plan names, within the size cap. */
  async function checkGrowth(
    documentName: string, context: GateContext, connection: beforeHandleMessagePayload['connection'], document: Y.Doc, update: Uint8Array,
  ): Promise<void> {
    // A 签发稿 locks the plan for everyone (another instance's lock is seen within a second).
    if (context.planId && deps.planLocked && (await deps.planLocked(context.planId).catch(() => false))) {
      log.warn(`refused an update to ${documentName}: the plan is locked`);
      refuse(connection, 'plan-locked');
    }
    if (context.planId && context.bodyId && !namedBodies.has(document)) {
      let named: boolean;
      try {
        named = await deps.namesBody(context.planId, context.bodyId, deps.documents.unknownBodyGraceMs);
      } catch (e) {
        // The plan doc could not be read (its store failing): the update can be neither checked nor kept.
        refuseForStorage(connection, e, deps.database ?? false, log, `could not check an update to ${documentName} against its plan`);
      }
      if (!named) {
        log.warn(`refused an update to ${documentName}: the plan names no such body`);
        refuse(connection, 'unknown-section');
      }
      // A body once named stays so while it is loaded (a deleted section's editors are closed): asked once.
      namedBodies.add(document);
    }
    if (!sizes.admits(document, update.length, () => Y.encodeStateAsUpdate(document).length)) {
      log.warn(`refused an update to ${documentName}: the document would exceed ${deps.documents.maxDocumentBytes} bytes`);
      refuse(connection, 'document-too-large');
    }
    sizes.add(document, update.length);
  }
}
