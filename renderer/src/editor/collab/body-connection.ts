import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { BodyDoc } from '../../../../main/common/collab/body-doc';
import { watchOwnChangesInRemoteTransactions } from '../../../../main/common/collab/own-changes-in-remote-transactions';

const FROM_NET = { from: 'network' };
const FROM_EDITOR = { from: 'editor' };

/**
 * One body document (`plan:<id>:sec:<bodyId>`) on the shared socket, as two Y.Docs: the provider syncs
 * the network doc, the editor is bound to a local doc. Local updates go to the network at once; network
 * updates wait while the user is composing with an IME, so a colleague's edit to the same line cannot
 * make the pinyin caret jump (slate-yjs #362, COEDITING.md §2.7).
 */
export class BodyConnection {
  readonly doc = new Y.Doc();
  /** The doc the Slate editor is bound to. */
  readonly local = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private syncedOnce = false;
  private readonly waiters = new Set<() => void>();
  private composing = false;
  private buffered: Uint8Array[] = [];
  /** A copy in the browser, so edits made offline survive closing the window (merged on reconnect). */
  private readonly cache: IndexeddbPersistence;
  private readonly unwatchOwn: () => void;

  constructor(socket: HocuspocusProviderWebsocket, name: string, token: string, onUnsynced: () => void, attach: (p: HocuspocusProvider) => void) {
    this.doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin === FROM_EDITOR) return;
      if (this.composing) this.buffered.push(u);
      else Y.applyUpdate(this.local, u, FROM_NET);
    });
    this.local.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== FROM_NET) Y.applyUpdate(this.doc, u, FROM_EDITOR);
    });
    // slate-yjs may flush this editor's pending ops inside a remote transaction (docs/coediting.md); those
    // structs carry the network origin, so the forwarder above would skip them and colleagues would never
    // get them. Forward exactly those structs too.
    this.unwatchOwn = watchOwnChangesInRemoteTransactions(this.local, (o) => o === FROM_NET, (u) => Y.applyUpdate(this.doc, u, FROM_EDITOR));
    this.cache = new IndexeddbPersistence(`plan-studio:${name}`, this.doc);
    this.provider = new HocuspocusProvider({ websocketProvider: socket, name, document: this.doc, token });
    // isSynced never flips back after a disconnect (COEDITING.md §4.2); we only need the first sync.
    this.provider.on('synced', () => {
      if (this.syncedOnce) return;
      this.syncedOnce = true;
      for (const w of this.waiters) w();
      this.waiters.clear();
    });
    this.provider.on('unsyncedChanges', onUnsynced);
    // Provider v4 with a shared socket does not attach itself; the session's queue attaches it.
    attach(this.provider);
  }

  get root(): Y.XmlText {
    return BodyDoc.root(this.local);
  }

  /** IME composition start/end in this body's editor. */
  setComposing(on: boolean): void {
    this.composing = on;
    if (on || this.buffered.length === 0) return;
    // Not in the compositionend task itself: the editor's own ops of that task flush first (§2.3).
    setTimeout(() => {
      if (this.composing || this.buffered.length === 0) return;
      Y.applyUpdate(this.local, Y.mergeUpdates(this.buffered.splice(0)), FROM_NET);
    }, 0);
  }

  get synced(): boolean {
    return this.syncedOnce;
  }

  onFirstSync(cb: () => void): () => void {
    if (this.syncedOnce) {
      cb();
      return () => undefined;
    }
    this.waiters.add(cb);
    return () => this.waiters.delete(cb);
  }

  destroy(): void {
    this.waiters.clear();
    this.unwatchOwn();
    this.provider.destroy();
    void this.cache.destroy();
    this.doc.destroy();
    this.local.destroy();
  }
}
