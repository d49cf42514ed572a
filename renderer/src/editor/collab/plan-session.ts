import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { PLAN_DELETED_REASON, refusalMessage, UNAVAILABLE_REASON } from '../../../../main/common/api/refusal-reasons';
import { StorageStatusMessage } from '../../../../main/common/api/storage-status';
import { GrantStatusMessage } from '../../../../main/common/api/grant-status';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { OpenState } from '../../../../main/common/api/open-states-contract';
import { DocNames } from '../../../../main/common/collab/doc-names';
import { PlanDocLayout } from '../../../../main/common/collab/plan-doc-layout';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import type { Host } from '../../host/host';
import type { UserSettings } from '../../settings/user-settings';
import { AttachQueue } from './attach-queue';
import { BodyConnection } from './body-connection';
import type { ConnectionStatus, SocketState } from './connection-status';
import { resyncWhenStalled } from './resync-when-stalled';

/** Past this, the page stops waiting for the open-states response and opens through the providers' sync. */
const OPEN_STATES_TIMEOUT_MS = 4000;
/** After an `unavailable` refusal (server storage failing), reconnect the socket after this long. */
const UNAVAILABLE_RETRY_MS = 3000;

/** Fetches the open-states response (api-client `openStates`); rejects on any failure. */
export type OpenStatesLoader = (signal: AbortSignal) => Promise<OpenState[]>;

/**
 * Every document of one open plan, multiplexed on ONE WebSocket (docs/architecture.md#the-plan-in-yjs): the plan doc
 * (meta, outline, section records, departments) and one body doc per section, opened on demand.
 *
 * Opening: the server's states of the plan doc and of every body on the page come in ONE HTTP response
 * (open-states-contract.ts) while the plan provider connects. They are applied before the body
 * providers attach, so the page renders every section at once; each body provider attaches when its
 * editor is on screen and its sync only exchanges what changed since (a colleague's edit in between,
 * our offline edits from IndexedDB). Without that response (older server, error, timeout) every body
 * waits for its own sync as before.
 */
export class PlanSession {
  readonly socket: HocuspocusProviderWebsocket;
  readonly planDoc = new Y.Doc();
  readonly planProvider: HocuspocusProvider;
  private readonly bodies = new Map<string, BodyConnection>();
  private status: ConnectionStatus = { socket: 'connecting', unsynced: 0, authFailed: false, deleted: false, refusal: null, storageFault: null };
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly token: string;
  private readonly queue: AttachQueue;
  /** Browser copy of the plan doc (section records, titles, outline), like each body's. */
  private readonly cache: IndexeddbPersistence;
  private readonly stopStallWatch: () => void;
  /** 'pending' holds body providers back (they would compete with the response for the server). */
  private opening: 'pending' | 'applied' | 'failed';
  private readonly openAbort = new AbortController();
  private planReady = false;
  private destroyed = false;
  private readonly readyWaiters = new Set<() => void>();
  private readonly accessListeners = new Set<() => void>();
  /** The plan doc's grant as the open-states response reported it (before the provider authenticates). */
  private reportedPlanReadOnly = false;

  constructor(host: Host, readonly planId: string, user: UserSettings, loadOpenStates?: OpenStatesLoader) {
    this.token = host.token;
    // delay must not be below minDelay or the provider silently never connects (docs/coediting.md#hocuspocus-4-behaviour-we-rely-on).
    this.socket = new HocuspocusProviderWebsocket({ url: host.wsUrl, delay: 1000, minDelay: 1000, maxDelay: 4000, factor: 1.5 });
    this.socket.on('status', ({ status }: { status: SocketState }) => this.patch({ socket: status }));
    this.socket.on('maxAttemptsFailed', () => this.patch({ socket: 'disconnected' }));
    // The gate closes the socket with a reason when it refuses an update (docs/coediting.md "Limits").
    this.socket.on('close', ({ event }: { event?: { reason?: string } }) => {
      const refused = refusalMessage(event?.reason);
      if (refused) this.patch({ refused });
    });
    this.cache = new IndexeddbPersistence(`plan-studio:${DocNames.plan(planId)}`, this.planDoc);
    this.planProvider = new HocuspocusProvider({
      websocketProvider: this.socket, name: DocNames.plan(planId), document: this.planDoc, token: host.token,
      onAuthenticationFailed: ({ reason }) => this.refused(reason),
    });
    this.planProvider.on('unsyncedChanges', () => this.recount());
    this.planProvider.on('stateless', ({ payload }: { payload: string }) => this.onStateless(payload));
    this.planProvider.on('authenticated', () => {
      if (this.status.refusal === UNAVAILABLE_REASON) this.patch({ authFailed: false, refusal: null });
      this.notifyAccess();
    });
    // Outline moves and section records can wait for missing structs like any Yjs update.
    this.stopStallWatch = resyncWhenStalled(this.planDoc, this.planProvider, (o) => o === this.planProvider || o === this.cache);
    this.planProvider.on('synced', () => {
      if (this.opening !== 'pending') this.setPlanReady();
    });
    this.planProvider.attach();
    this.queue = new AttachQueue(this.socket);
    this.setUser(user);
    this.opening = loadOpenStates ? 'pending' : 'failed';
    if (loadOpenStates) void this.open(loadOpenStates);
  }

  /**
   * True when our writes to the plan doc (title, outline, section titles and assignees) would be dropped
   * by the server — read-only and department invites: the UI must not offer them (the server drops them,
   * and the local copy would silently differ from everyone else's).
   */
  get planReadOnly(): boolean {
    const scope = this.planProvider.authorizedScope;
    return scope === undefined ? this.reportedPlanReadOnly : scope === 'readonly';
  }

  subscribeAccess = (cb: () => void): (() => void) => {
    this.accessListeners.add(cb);
    return () => this.accessListeners.delete(cb);
  };

  private notifyAccess(): void {
    for (const l of this.accessListeners) l();
  }

  /** The body doc of a section / preamble / closing; the server seeds a new one, the client never does. */
  body(bodyId: string): BodyConnection {
    let conn = this.bodies.get(bodyId);
    if (!conn) {
      conn = this.createBody(bodyId);
      if (this.opening !== 'pending') conn.startSync();
    }
    return conn;
  }

  private createBody(bodyId: string): BodyConnection {
    const conn = new BodyConnection(this.socket, DocNames.body(this.planId, bodyId), this.token, () => this.recount(), (p) => this.queue.add(p));
    conn.provider.on('stateless', ({ payload }: { payload: string }) => {
      const grant = GrantStatusMessage.parse(payload);
      if (grant) conn.applyGrantStatus(grant.limit, grant.department);
      else this.onStateless(payload);
    });
    // A section refused for a reason worth telling (damaged, storage unavailable) says so in the top bar.
    conn.provider.on('authenticationFailed', ({ reason }: { reason: string }) => {
      if (reason !== 'permission-denied' && reason !== 'forbidden') this.refused(reason);
    });
    this.bodies.set(bodyId, conn);
    return conn;
  }

  private async open(load: OpenStatesLoader): Promise<void> {
    const timer = setTimeout(() => this.openAbort.abort(), OPEN_STATES_TIMEOUT_MS);
    let states: OpenState[] | null = null;
    try {
      states = await load(this.openAbort.signal);
    } catch (e) {
      if (!this.destroyed) console.warn('open-states unavailable; opening through the providers', e);
    } finally {
      clearTimeout(timer);
    }
    if (this.destroyed) return;
    const plan = states?.find((s) => s.name === DocNames.plan(this.planId));
    try {
      if (!states || !plan) return this.openWithoutStates();
      // The plan doc first: the outline must be known when the page renders its sections.
      Y.applyUpdate(this.planDoc, plan.state, this.planProvider);
      this.reportedPlanReadOnly = plan.readOnly;
      this.notifyAccess();
    } catch (e) {
      console.warn('open-states: the plan doc could not be applied; opening through the providers', e);
      return this.openWithoutStates();
    }
    this.applyBodyStates(states);
  }

  private applyBodyStates(states: OpenState[]): void {
    this.opening = 'applied';
    for (const s of states) {
      const bodyId = DocNames.parse(s.name)?.bodyId;
      if (!bodyId) continue;
      // Not started: its editor starts the sync once it is on screen (BodyConnection.startSync).
      const conn = this.bodies.get(bodyId) ?? this.createBody(bodyId);
      try {
        conn.applyServerState(s.state, s.readOnly, s.limit, s.department);
      } catch (e) {
        console.warn(`open-states: ${s.name} could not be applied; waiting for its sync`, e);
        conn.startSync();
      }
    }
    // Bodies held back while the response was on its way and not in it (never stored yet): sync now.
    for (const conn of this.bodies.values()) if (!conn.ready) conn.startSync();
    performance.mark('open-states-applied');
    this.setPlanReady();
  }

  private openWithoutStates(): void {
    this.opening = 'failed';
    for (const conn of this.bodies.values()) conn.startSync();
    if (this.planProvider.isSynced) this.setPlanReady();
  }

  /** Presence on the plan doc: who is here (top bar). Section editors send cursors with the same data. */
  setUser(user: UserSettings): void {
    this.planProvider.setAwarenessField('user', { name: user.name, dept: user.dept, color: user.color });
  }

  /**
   * The plan doc holds the server's state (open-states response, or the provider's first sync when there
   * is none): the page can render. While the response is on its way a sync alone does not count, so the
   * page renders once, with its sections, rather than twice.
   */
  whenPlanReady(cb: () => void): () => void {
    if (this.planReady) {
      cb();
      return () => undefined;
    }
    this.readyWaiters.add(cb);
    return () => this.readyWaiters.delete(cb);
  }

  private setPlanReady(): void {
    if (this.planReady) return;
    this.planReady = true;
    this.migrateLayout();
    this.prefetchBodies();
    for (const w of this.readyWaiters) w();
    this.readyWaiters.clear();
  }

  /**
   * The server migrates a plan doc of an older layout when it loads it; this covers a server older than
   * the app (its doc stays at the old layout). Read-only tokens cannot write: they read it as it is.
   */
  private migrateLayout(): void {
    const check = this.planReadOnly ? null : PlanDocLayout.migrate(this.planDoc);
    if (check?.status === 'newer') console.warn(`plan doc layout ${check.layout} is newer than this app's (${PlanDocLayout.current})`);
  }

  /** Ask for every body in page order as soon as the outline is known, before React renders the page. */
  private prefetchBodies(): void {
    for (const id of PlanDoc.pageBodyIds(this.planDoc)) this.body(id);
  }

  getStatus = (): ConnectionStatus => this.status;

  subscribeStatus = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  private recount(): void {
    let n = this.planProvider.unsyncedChanges;
    for (const b of this.bodies.values()) n += b.unsyncedChanges;
    // Every change acknowledged again: the server stores again (it acknowledges only what it stored).
    const recovered = n === 0 && this.status.socket === 'connected';
    // A refused update is behind us once everything we wrote is confirmed again.
    this.patch({ unsynced: n, ...(n === 0 ? { refused: null } : {}), ...(recovered ? { storageFault: null } : {}) });
  }

  /** The server could not store our edits: say so until they are acknowledged (they stay in IndexedDB). */
  private onStateless(payload: string): void {
    const status = StorageStatusMessage.parse(payload);
    if (status) this.patch({ storageFault: status.cause });
  }

  private refused(reason: string): void {
    this.patch({ authFailed: true, deleted: reason === PLAN_DELETED_REASON, refusal: reason });
    // The server could not read its store: not final. Reconnect later; the refusal clears on success.
    if (reason === UNAVAILABLE_REASON && !this.retryTimer && !this.destroyed) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.destroyed) return;
        this.socket.disconnect();
        void this.socket.connect();
      }, UNAVAILABLE_RETRY_MS);
    }
  }

  private patch(p: Partial<ConnectionStatus>): void {
    const next = { ...this.status, ...p };
    const keys = Object.keys(next) as Array<keyof ConnectionStatus>;
    if (keys.every((k) => next[k] === this.status[k])) return;
    this.status = next;
    for (const l of this.listeners) l();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.openAbort.abort();
    this.readyWaiters.clear();
    for (const b of this.bodies.values()) {
      this.queue.remove(b.provider);
      b.destroy();
    }
    this.bodies.clear();
    this.stopStallWatch();
    this.planProvider.destroy();
    void this.cache.destroy();
    this.socket.destroy();
    this.planDoc.destroy();
  }
}
