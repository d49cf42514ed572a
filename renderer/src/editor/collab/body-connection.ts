import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { YjsEditor } from '@slate-yjs/core';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { BodyDoc } from '../../../../main/common/collab/body-doc';
import { FROM_LOCAL, FROM_NETWORK, ImeBuffer } from '../../../../main/common/collab/ime-buffer';
import { resyncIfDiverged } from '../../../../main/common/collab/resync-if-diverged';
import { watchDuplicateItemIds } from '../../../../main/common/collab/watch-duplicate-item-ids';
import { resyncWhenStalled } from './resync-when-stalled';
import { whenIdle } from '../when-idle';

/**
 * Local edits are sent together: the first one of a batch waits this long (keystrokes typed meanwhile
 * join it, sent in the same idle task), then at most LOCAL_SEND_IDLE_MS more for an idle period. A
 * colleague sees the text about a tenth of a second later; nothing waits on it locally.
 */
const LOCAL_BATCH_MS = 50;
const LOCAL_SEND_IDLE_MS = 100;
/** The divergence check decodes the whole body: at most this often while remote edits stream in. */
const DIVERGENCE_CHECK_MS = 250;

/**
 * One body document (`plan:<id>:sec:<bodyId>`) on the shared socket, as two Y.Docs bridged by an
 * ImeBuffer: the provider syncs the network doc, the editor is bound to a local doc. Local updates go
 * to the network at once; network updates wait while the user is composing with an IME, so a
 * colleague's edit to the same line cannot make the pinyin caret jump (slate-yjs #362, docs/coediting.md
 * §2.7). The editor's doc only ever gets what the network doc integrated (see ImeBuffer).
 */
export class BodyConnection {
  readonly doc: Y.Doc;
  /** The doc the Slate editor is bound to. */
  readonly local: Y.Doc;
  readonly provider: HocuspocusProvider;
  private hasServerState = false;
  private readonly waiters = new Set<() => void>();
  private readonly accessListeners = new Set<() => void>();
  /** The grant the open-states response reported, until the provider's own authentication says. */
  private reportedReadOnly = false;
  /** A writable grant limited to 批注 / 修订 (open-states): the text editor stays read-only for it. */
  private reportedLimit: 'comment' | 'suggest' | undefined;
  private reportedDepartment: string | null = null;
  private syncStarted = false;
  private syncedOnce = false;
  private composing = false;
  private readonly bridge: ImeBuffer;
  /**
   * A copy in the browser, so edits made offline survive closing the window (merged on reconnect).
   * Opened with the sync (startSync): opening an IndexedDB database costs the page's main thread a few
   * ms per body, and what the copy holds merges whenever it arrives (the same CRDT history).
   */
  private cache: IndexeddbPersistence | null = null;
  private readonly stops: Array<() => void> = [];

  constructor(socket: HocuspocusProviderWebsocket, private readonly name: string, token: string, onUnsynced: () => void, private readonly attach: (p: HocuspocusProvider) => void) {
    // Our own guids: Yjs would make up a random uuid per doc, 31 crypto.getRandomValues calls each,
    // which added up to a visible part of opening a plan of a hundred bodies. A guid only names a
    // subdocument inside a parent; these are top-level docs.
    this.doc = new Y.Doc({ guid: name });
    this.local = new Y.Doc({ guid: `${name}#editor` });
    // Also forwards our structs that Yjs counts as written in a network transaction (docs/coediting.md).
    // A keystroke's edit is integrated, sent and stored in the offline copy later, with the keystrokes
    // that follow it, in an idle period (LOCAL_BATCH_MS): the network doc's integration, the provider's
    // send and IndexedDB's write were a third of a keystroke's script (editor bench, CPU profile); run as
    // a task just after each frame they took time from the next keystroke when typing fast.
    // The save status counts the edits as unsynced at once; pagehide sends what is waiting.
    this.bridge = new ImeBuffer({
      local: this.local, network: this.doc, isComposing: () => this.composing,
      deferLocal: (run) => {
        setTimeout(() => whenIdle(run, LOCAL_SEND_IDLE_MS), LOCAL_BATCH_MS);
        onUnsynced();
      },
    });
    const sendNow = () => this.bridge.flushLocal();
    addEventListener('pagehide', sendNow);
    this.stops.push(() => removeEventListener('pagehide', sendNow));
    this.provider = new HocuspocusProvider({ websocketProvider: socket, name, document: this.doc, token });
    // Structs waiting for missing ones can only be in the network doc: the editor's doc gets what the
    // network doc integrated, in order.
    this.stops.push(resyncWhenStalled(this.doc, this.provider, (o) => o !== FROM_LOCAL));
    // Two copies of one item id (concurrent undo of one deletion): give the later copies the ids every
    // reader derives (DuplicateItemIds), so the inspector and numbering tell them apart. Not on a
    // read-only grant: the server would drop the write.
    this.stops.push(watchDuplicateItemIds(BodyDoc.root(this.local), () => !this.readOnly));
    // isSynced never flips back after a disconnect (docs/coediting.md#hocuspocus-4-behaviour-we-rely-on); we only need the first sync.
    this.provider.on('synced', () => {
      // The milestone tests/bench/editor-bench.ts reads: this body is in step with the server.
      if (!this.syncedOnce) performance.mark(`synced:${name}`);
      this.syncedOnce = true;
      this.markReady();
    });
    // A re-authentication may change the grant (a department's section reassigned: read-only now).
    this.provider.on('authenticated', () => this.notifyAccess());
    this.provider.on('unsyncedChanges', onUnsynced);
  }

  /**
   * Open the browser copy and attach the provider (through the session's attach queue; Provider v4 with
   * a shared socket does not attach itself). Idempotent. A body opened from the open-states response
   * starts when its editor is on screen, so the sync, which then only exchanges differences, does not
   * compete with the first render.
   */
  startSync(): void {
    if (this.syncStarted) return;
    this.syncStarted = true;
    this.cache = new IndexeddbPersistence(`plan-studio:${this.name}`, this.doc);
    this.attach(this.provider);
  }

  /**
   * The server's state of this body and our grant on it, from the open-states response. Applied with the
   * provider as origin: it is exactly what the provider's sync would bring, so the provider does not send
   * it back, and the IME bridge passes it to the editor's doc as it would a sync. Throws if Yjs cannot
   * apply it (the caller then waits for the provider instead).
   */
  applyServerState(state: Uint8Array, readOnly: boolean, limit?: 'comment' | 'suggest', department?: string): void {
    // Before the sync starts nothing but the provider and the bridge listen for the doc's updates: the
    // state goes into both docs without being encoded back (ImeBuffer.applyToBoth). Later, through the
    // bridge, so the offline copy hears of it.
    if (this.syncStarted) Y.applyUpdate(this.doc, state, this.provider);
    else this.bridge.applyToBoth(state, this.provider);
    this.reportedReadOnly = readOnly;
    this.reportedLimit = limit;
    this.reportedDepartment = department ?? null;
    this.notifyAccess();
    this.markReady();
  }

  /** Changes not yet confirmed by the server: sent and unacknowledged, or typed and not yet sent (deferLocal). */
  get unsyncedChanges(): number {
    return this.provider.unsyncedChanges + this.bridge.unsentCount;
  }

  /** True when our writes to this body would be dropped by the server: the UI must not offer them. */
  get readOnly(): boolean {
    // A comment-limited grant is read-write for the socket (its 批注 must go through) but the server
    // refuses any text change: the text editor is read-only. A suggest grant edits in suggest mode.
    if (this.reportedLimit === 'comment') return true;
    const scope = this.provider.authorizedScope;
    return scope === undefined ? this.reportedReadOnly : scope === 'readonly';
  }

  /** The grant as the server states it after authenticating (GrantStatusMessage): wins over open-states. */
  applyGrantStatus(limit: 'comment' | 'suggest' | null, department: string | null): void {
    this.reportedLimit = limit ?? undefined;
    this.reportedDepartment = department;
    this.notifyAccess();
  }

  /** The department our 修订 are attributed to when the grant is suggest-only (the editor is then in suggest mode). */
  get suggestDept(): string | null {
    return this.reportedLimit === 'suggest' ? this.reportedDepartment ?? '' : null;
  }

  /** The department the server requires on our 批注 (limited grants), or null: any (owner, edit). */
  get grantDept(): string | null {
    return this.reportedLimit ? this.reportedDepartment ?? '' : null;
  }

  /** May we write 批注 to this body (any writable grant, limited or not)? */
  get canComment(): boolean {
    const scope = this.provider.authorizedScope;
    return scope === undefined ? !this.reportedReadOnly : scope !== 'readonly';
  }

  subscribeAccess = (cb: () => void): (() => void) => {
    this.accessListeners.add(cb);
    return () => this.accessListeners.delete(cb);
  };

  private notifyAccess(): void {
    for (const l of this.accessListeners) l();
  }

  private markReady(): void {
    if (this.hasServerState) return;
    this.hasServerState = true;
    for (const w of this.waiters) w();
    this.waiters.clear();
  }

  get root(): Y.XmlText {
    return BodyDoc.root(this.local);
  }

  /** IME composition start/end in this body's editor. */
  setComposing(on: boolean): void {
    this.composing = on;
    if (on || this.bridge.pendingCount === 0) return;
    // Not in the compositionend task itself: the editor's own ops of that task flush first (§2.3).
    setTimeout(() => {
      if (!this.composing) this.bridge.compositionEnd();
    }, 0);
  }

  /**
   * After remote changes reached the editor, compare its tree with Yjs and reload it when slate-yjs
   * left it stale (resyncIfDiverged: concurrent bold/unbold). Runs a moment after a burst of remote
   * updates, never during an IME composition. Returns the stop function.
   */
  guardEditor(editor: YjsEditor): () => void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      timer = null;
      if (this.composing) timer = setTimeout(check, DIVERGENCE_CHECK_MS);
      else if (YjsEditor.connected(editor)) resyncIfDiverged(editor);
    };
    const after = (tr: Y.Transaction) => {
      if (tr.origin === FROM_NETWORK && !timer) timer = setTimeout(check, DIVERGENCE_CHECK_MS);
    };
    this.local.on('afterTransaction', after);
    return () => {
      this.local.off('afterTransaction', after);
      if (timer) clearTimeout(timer);
    };
  }

  /** The doc holds the server's state (open-states response or first sync): the editor may be shown. */
  get ready(): boolean {
    return this.hasServerState;
  }

  onReady(cb: () => void): () => void {
    if (this.hasServerState) {
      cb();
      return () => undefined;
    }
    this.waiters.add(cb);
    return () => this.waiters.delete(cb);
  }

  destroy(): void {
    this.waiters.clear();
    this.accessListeners.clear();
    for (const stop of this.stops) stop();
    this.bridge.destroy();
    this.provider.destroy();
    void this.cache?.destroy();
    this.doc.destroy();
    this.local.destroy();
  }
}
