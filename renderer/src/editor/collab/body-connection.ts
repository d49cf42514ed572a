import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { BodyDoc } from '../../../../main/common/collab/body-doc';

/** One body document (`plan:<id>:sec:<bodyId>`) on the shared socket. */
export class BodyConnection {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private syncedOnce = false;
  private readonly waiters = new Set<() => void>();

  constructor(socket: HocuspocusProviderWebsocket, name: string, token: string, onUnsynced: () => void, attach: (p: HocuspocusProvider) => void) {
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
    return BodyDoc.root(this.doc);
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
    this.provider.destroy();
    this.doc.destroy();
  }
}
