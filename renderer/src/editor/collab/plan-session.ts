import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { CLOSING_BODY, DocNames, PREAMBLE_BODY } from '../../../../main/common/collab/doc-names';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import type { Host } from '../../host/host';
import type { UserSettings } from '../../settings/user-settings';
import { AttachQueue } from './attach-queue';
import { BodyConnection } from './body-connection';
import type { ConnectionStatus, SocketState } from './connection-status';
import { resyncWhenStalled } from './resync-when-stalled';

/**
 * Every document of one open plan, multiplexed on ONE WebSocket (ARCHITECTURE.md): the plan doc
 * (meta, outline, section records, departments) and one body doc per section, opened on demand.
 */
export class PlanSession {
  readonly socket: HocuspocusProviderWebsocket;
  readonly planDoc = new Y.Doc();
  readonly planProvider: HocuspocusProvider;
  private readonly bodies = new Map<string, BodyConnection>();
  private status: ConnectionStatus = { socket: 'connecting', unsynced: 0, authFailed: false };
  private readonly listeners = new Set<() => void>();
  private readonly token: string;
  private readonly queue: AttachQueue;
  /** Browser copy of the plan doc (section records, titles, outline), like each body's. */
  private readonly cache: IndexeddbPersistence;
  private readonly stopStallWatch: () => void;

  constructor(host: Host, readonly planId: string, user: UserSettings) {
    this.token = host.token;
    // delay must not be below minDelay or the provider silently never connects (COEDITING.md §4.2).
    this.socket = new HocuspocusProviderWebsocket({ url: host.wsUrl, delay: 1000, minDelay: 1000, maxDelay: 4000, factor: 1.5 });
    this.socket.on('status', ({ status }: { status: SocketState }) => this.patch({ socket: status }));
    this.socket.on('maxAttemptsFailed', () => this.patch({ socket: 'disconnected' }));
    this.cache = new IndexeddbPersistence(`plan-studio:${DocNames.plan(planId)}`, this.planDoc);
    this.planProvider = new HocuspocusProvider({
      websocketProvider: this.socket, name: DocNames.plan(planId), document: this.planDoc, token: host.token,
      onAuthenticationFailed: () => this.patch({ authFailed: true }),
    });
    this.planProvider.on('unsyncedChanges', () => this.recount());
    // Outline moves and section records can wait for missing structs like any Yjs update.
    this.stopStallWatch = resyncWhenStalled(this.planDoc, this.planProvider, (o) => o === this.planProvider || o === this.cache);
    this.planProvider.attach();
    this.queue = new AttachQueue(this.socket);
    this.setUser(user);
  }

  /** The body doc of a section / preamble / closing; the server seeds a new one, the client never does. */
  body(bodyId: string): BodyConnection {
    let conn = this.bodies.get(bodyId);
    if (!conn) {
      conn = new BodyConnection(this.socket, DocNames.body(this.planId, bodyId), this.token, () => this.recount(), (p) => this.queue.add(p));
      this.bodies.set(bodyId, conn);
    }
    return conn;
  }

  /** Presence on the plan doc: who is here (top bar). Section editors send cursors with the same data. */
  setUser(user: UserSettings): void {
    this.planProvider.setAwarenessField('user', { name: user.name, dept: user.dept, color: user.color });
  }

  whenPlanSynced(cb: () => void): () => void {
    if (this.planProvider.isSynced) {
      cb();
      return () => undefined;
    }
    const handler = () => {
      this.prefetchBodies();
      cb();
    };
    this.planProvider.on('synced', handler);
    return () => this.planProvider.off('synced', handler);
  }

  /** Ask for every body in page order as soon as the outline is known, before React renders the page. */
  private prefetchBodies(): void {
    for (const id of [PREAMBLE_BODY, ...PlanDoc.outline(this.planDoc).map((r) => r.id), CLOSING_BODY]) this.body(id);
  }

  getStatus = (): ConnectionStatus => this.status;

  subscribeStatus = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  private recount(): void {
    let n = this.planProvider.unsyncedChanges;
    for (const b of this.bodies.values()) n += b.provider.unsyncedChanges;
    this.patch({ unsynced: n });
  }

  private patch(p: Partial<ConnectionStatus>): void {
    const next = { ...this.status, ...p };
    if (next.socket === this.status.socket && next.unsynced === this.status.unsynced && next.authFailed === this.status.authFailed) return;
    this.status = next;
    for (const l of this.listeners) l();
  }

  destroy(): void {
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
