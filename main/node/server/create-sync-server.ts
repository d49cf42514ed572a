import path from 'node:path';
import { Server, type Extension, type onRequestPayload } from '@hocuspocus/server';
import { UserFacingError } from '../../common/errors';
import { ImportRunner } from '../import/import-in-worker';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../import/import-limits';
import type { DocumentStore } from '../store/document-store';
import { FileStore } from '../store/file-store';
import type { TemplateLibrary } from '../templates/template-library';
import { inviteAuthority, ownerAuthority, type TokenAuthority } from './auth';
import { DEFAULT_DELETION_CHECK_MS, DeletedPlanSweeper } from './deleted-plan-sweeper';
import { durableAckExtension } from './durable-ack-extension';
import { UnstoredSeeds } from './unstored-seeds';
import { ClauseLibrary } from './clause-library';
import { packageRoot } from '../package-root';
import { gateExtension, type MessageLimits } from './gate-extension';
import { FileInviteStore } from './invites/file-invite-store';
import type { InviteStore } from './invites/invite-store';
import { planNamesBody } from './plan-names-body';
import { DEFAULT_REVOCATION_CHECK_MS, RevocationSweeper } from './invites/revocation-sweeper';
import { MemoryAttemptLimiter, type AttemptLimiter } from './limits/attempt-limiter';
import { DEFAULT_CONNECTION_LIMITS, isLoopback, type ConnectionLimits } from './limits/connection-limiter';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './limits/document-limits';
import { HostGuard } from './limits/host-guard';
import { sendError } from './http-util';
import { createLogger, type Logger } from './logger';
import { persistenceExtension } from './persistence-extension';
import { PlanService } from './plan-service';
import { VersionService } from './version-service';
import type { VersionStore } from '../store/version-store';
import { FileVersionStore } from '../store/file-version-store';
import { MemoryVersionStore } from '../store/memory-version-store';
import { sectionAssignee } from './section-assignee';
import { handlers } from './routes/index';
import { dispatchApi, type Services } from './router';
import { serveStatic } from './static-files';

export const SERVER_VERSION = '0.1.0';
/** Largest WebSocket frame we accept; ws's default (100 MiB) is far too generous (docs/coediting.md#security-the-limits-hocuspocus-does-not-set). */
export const MAX_WS_PAYLOAD = 8 * 1024 * 1024;

export interface SyncServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  templates: TemplateLibrary;
  /** The session (owner) token. */
  token: string;
  dataDir?: string;
  store?: DocumentStore;
  /** Built renderer to serve; null serves none. */
  staticDir?: string | null;
  quiet?: boolean;
  logger?: Logger;
  debounceMs?: number;
  maxDebounceMs?: number;
  authority?: TokenAuthority;
  /** More extensions (e.g. Redis), placed after persistence. */
  extensions?: Extension[];
  /**
   * Invite tokens; default: `<dataDir>/invites.json`, or in memory without a data dir. Several instances
   * need a shared one (PostgresInviteStore); the server closes it on close().
   */
  invites?: InviteStore;
  /** Named versions and locks; default: `<dataDir>/versions/`, or in memory without a data dir (PostgresVersionStore with a database). */
  versions?: VersionStore;
  /** Shared invite stores: how often live invite connections are re-checked besides the revocation notices. */
  revocationCheckMs?: number;
  /** Shared document stores: how often open plans are checked for deletion besides the deletion notices. */
  deletionCheckMs?: number;
  /**
   * Invite-code guesses per address; default: in this process's memory. Several instances need a shared
   * one (PostgresAttemptLimiter); the server closes it on close().
   */
  codeAttempts?: AttemptLimiter;
  /** The seeds the 条款库 searches (seeds/*.plan.json); default: the package's seeds/ folder. */
  seedsDir?: string;
  /**
   * Embedded (desktop) mode: the owner token works from loopback only, and LAN connections need an
   * invite of a plan for which `isShared` is true (LAN sharing, docs/coediting.md).
   */
  lan?: { isShared(planId: string): boolean };
  /** Which socket addresses count as this machine (default: loopback); tests without a LAN use it. */
  isLocalAddress?: (address: string | undefined) => boolean;
  messageLimits?: Partial<MessageLimits>;
  connectionLimits?: Partial<ConnectionLimits>;
  /** Limits of one import (README "Import limits"); the defaults where not given. */
  importLimits?: Partial<ImportLimits>;
  /** Keep an import worker loaded and waiting (default true); tests that start many servers turn it off. */
  prewarmImportWorker?: boolean;
  /**
   * false: acknowledge updates once applied in memory, as Hocuspocus does by itself, instead of once
   * journaled (docs/coediting.md "Durability"). Only the benchmark's baseline uses it.
   */
  journal?: boolean;
  /** First retry of a failed document store after this many ms (doubling up to 30 s); default 500. */
  storeRetryMs?: number;
  /** Document size cap, documents and messages per socket (docs/coediting.md "Limits"). */
  documentLimits?: Partial<DocumentLimits>;
  /**
   * DNS names besides IP literals, loopback names and this machine's name that the server may be called
   * by (Host, WebSocket Origin); `['*']` allows any (docs/coediting.md "Limits").
   */
  allowedHosts?: readonly string[];
}

/** Typing sends one small update per keystroke plus awareness; 400 at once and 200/s is generous. */
export const DEFAULT_MESSAGE_LIMITS: MessageLimits = { maxBytes: MAX_WS_PAYLOAD, burst: 400, perSecond: 200 };

export interface SyncServer {
  url: string;
  wsUrl: string;
  port: number;
  services: Services;
  server: Server;
  close(): Promise<void>;
}

export async function createSyncServer(opts: SyncServerOptions): Promise<SyncServer> {
  const log = opts.logger ?? createLogger(opts.quiet ?? false);
  const store = opts.store ?? (opts.dataDir ? new FileStore(opts.dataDir, log) : null);
  if (!store) throw new Error('createSyncServer needs a dataDir or a store');
  const invites = opts.invites ?? (opts.dataDir ? await FileInviteStore.open(opts.dataDir) : FileInviteStore.memory());
  // The extensions below reach `plans` and `services` through closures that run only once the server is
  // listening, so the PlanService is built after the Hocuspocus server it works with and gets it at construction.
  const lookupAssignee = (planId: string, bodyId: string) => sectionAssignee(plans, planId, bodyId);
  const auth = opts.authority ?? inviteAuthority({
    owner: ownerAuthority(opts.token), byToken: (t) => invites.byToken(t), assigneeOf: lookupAssignee, lan: opts.lan,
  });
  const codeAttempts = opts.codeAttempts ?? new MemoryAttemptLimiter();
  const importLimits = { ...DEFAULT_IMPORT_LIMITS, ...opts.importLimits };
  const imports = {
    runner: new ImportRunner({ memoryMb: importLimits.maxWorkerMemoryMb, prewarm: opts.prewarmImportWorker ?? true, log: (l) => log.warn(l) }),
    limits: importLimits,
  };
  const hosts = new HostGuard(opts.allowedHosts);
  const gate: Extension = gateExtension({
    hosts, database: !(store instanceof FileStore),
    auth, log, planExists: (id) => plans.exists(id), planDeleted: (id) => plans.wasDeleted(id), assigneeOf: lookupAssignee,
    messages: { ...DEFAULT_MESSAGE_LIMITS, ...opts.messageLimits },
    connections: { ...DEFAULT_CONNECTION_LIMITS, ...opts.connectionLimits },
    documents: { ...DEFAULT_DOCUMENT_LIMITS, ...opts.documentLimits },
    namesBody: (planId, bodyId, graceMs) => planNamesBody(plans, planId, bodyId, graceMs),
    planLocked: (planId) => versions.isLocked(planId),
    isLocal: opts.isLocalAddress,
  });

  const api: Extension = {
    extensionName: 'plan-http',
    async onRequest({ request, response }: onRequestPayload) {
      await handleHttp(request, response, services, opts.staticDir ?? null, opts.isLocalAddress ?? isLoopback, hosts);
      // A falsy rejection stops Hocuspocus's default "Welcome" response without logging an error.
      throw null;
    },
  };

  // Anything but the file store is a database: its failures are worded "database unavailable".
  const database = !(store instanceof FileStore);
  // After the gate: only updates it lets through are journaled, and each before it is acknowledged.
  const seeds = new UnstoredSeeds();
  const durableAck: Extension | null = opts.journal === false ? null : durableAckExtension({
    store, log, database, seeds, knowsDeleted: (id) => plans.knowsDeleted(id), onPlanDeleted: (id) => void plans.drop(id, 'its store was refused'),
  });
  const persistence: Extension = persistenceExtension({
    store, log, database, seeds: opts.journal === false ? undefined : seeds, retryMs: opts.storeRetryMs, isDropping: (id) => plans.isDropping(id), knowsDeleted: (id) => plans.knowsDeleted(id),
    onPlanDeleted: (id) => void plans.drop(id, 'its store was refused'),
  });
  const server: Server = new Server({
    name: 'plan-studio',
    port: opts.port,
    address: opts.host,
    quiet: true,
    stopOnSignals: false,
    debounce: opts.debounceMs ?? 1000,
    maxDebounce: opts.maxDebounceMs ?? 5000,
    websocketOptions: { maxPayload: MAX_WS_PAYLOAD },
    extensions: [gate, ...(durableAck ? [durableAck] : []), persistence, ...(opts.extensions ?? []), api],
  });
  const plans: PlanService = new PlanService(store, opts.templates, log, {
    hocuspocus: server.hocuspocus,
    // A deleted plan's invites go with it (a states file may bring the plan back; old links must not).
    onDeleted: async (planId) => {
      await invites.revokeAll(planId);
      await versions.deletePlan(planId);
    },
  });
  const clauses = new ClauseLibrary(plans, opts.templates, opts.seedsDir ?? path.join(packageRoot(), 'seeds'), log);
  const versions = new VersionService(opts.versions ?? (opts.dataDir ? new FileVersionStore(opts.dataDir, log) : new MemoryVersionStore()), plans, log);
  const services: Services = { plans, auth, log, version: SERVER_VERSION, invites, codeAttempts, imports, clauses, versions };
  // Invites revoked on another instance close this instance's connections too (docs/coediting.md).
  const sweeper = new RevocationSweeper({
    hocuspocus: server.hocuspocus, invites, log, intervalMs: opts.revocationCheckMs ?? DEFAULT_REVOCATION_CHECK_MS,
  });
  // Plans deleted on another instance: their documents here are closed and unloaded without storing.
  const deletions = new DeletedPlanSweeper({ plans, store, log, intervalMs: opts.deletionCheckMs ?? DEFAULT_DELETION_CHECK_MS });
  await server.listen();
  sweeper.start();
  deletions.start();
  const port = server.address.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  log.info(`plan-studio server listening on http://${host}:${port}`);
  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}`,
    port,
    services,
    server,
    async close() {
      sweeper.stop();
      deletions.stop();
      await imports.runner.close();
      await server.destroy();
      await store.close();
      await invites.close();
      await versions.store.close();
      await codeAttempts.close();
    },
  };
}

async function handleHttp(
  req: onRequestPayload['request'], res: onRequestPayload['response'], services: Services, staticDir: string | null,
  isLocal: (address: string | undefined) => boolean, hosts: HostGuard,
) {
  if (!hosts.allowsHost(req.headers.host)) {
    services.log.warn(`refused ${req.method} for Host ${JSON.stringify(String(req.headers.host).slice(0, 80))}: not a name of this server`);
    sendError(res, 403, { code: 'forbidden-host', message: '请求的主机名不是本服务的地址，已拒绝。', detail: 'Host not allowed (DNS rebinding guard)' });
    return;
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    sendError(res, 400, { code: 'bad-request', message: '请求地址格式不正确。', detail: 'unparsable request URL' });
    return;
  }
  try {
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      await serveStatic(staticDir, url.pathname, res);
      return;
    }
    await dispatchApi(handlers, req, res, url, services, { loopback: isLocal(req.socket.remoteAddress) });
  } catch (e) {
    if (e instanceof UserFacingError) {
      if (e.status >= 500) services.log.error(e.userError.detail);
      else services.log.warn(`${req.method} ${url.pathname}: ${e.userError.detail}`);
      if (!res.headersSent) sendError(res, e.status, e.userError);
      else res.end();
      return;
    }
    if (e instanceof URIError) {
      services.log.warn(`${req.method} ${url.pathname}: malformed percent-encoding`);
      if (!res.headersSent) sendError(res, 400, { code: 'bad-request', message: '请求地址中的编码不正确。', detail: 'malformed percent-encoding in the path' });
      else res.end();
      return;
    }
    services.log.error(`${req.method} ${url.pathname} failed: ${(e as Error)?.stack ?? String(e)}`);
    if (!res.headersSent) sendError(res, 500, { code: 'internal', message: '服务器内部错误，请稍后重试。', detail: String((e as Error)?.message ?? e) });
    else res.end();
  }
}
