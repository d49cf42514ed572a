import * as Y from 'yjs';
import { watchOwnChangesInRemoteTransactions } from './own-changes-in-remote-transactions';

/** Transaction origins of the bridge, so neither side echoes what the other just gave it. */
export const FROM_NETWORK = Symbol('ime-buffer:from-network');
export const FROM_LOCAL = Symbol('ime-buffer:from-local');

export interface ImeBufferOptions {
  /** The doc the Slate editor is bound to (withYjs). */
  local: Y.Doc;
  /** The doc the Hocuspocus provider syncs. */
  network: Y.Doc;
  /** True while an IME composition is open (ReactEditor.isComposing, or compositionstart..end). */
  isComposing: () => boolean;
  /** Called after remote changes reached the local doc (e.g. flush the editor in a microtask). */
  onApplied?: () => void;
  /**
   * When local edits go to the network doc (and so to the provider and the offline copy): at once by
   * default; the editor passes a scheduler that runs after the keystroke's frame, so encoding, sending
   * and storing an edit are not on the path from key to screen. Local edits waiting for it are sent
   * first whenever anything else crosses the bridge (order kept) and on flushLocal()/destroy().
   */
  deferLocal?: (run: () => void) => void;
}

/**
 * Keeps remote edits out of the editor while the user composes with an IME (docs/coediting.md#ime-composition-maincommoncollabime-bufferts;
 * slate-yjs #362: a remote change to the composing line moves the caret and breaks pinyin input).
 * Two docs: local edits go to the network doc at once (or later, off the keystroke's path: deferLocal); network updates are applied to the local doc
 * immediately when not composing, and buffered while composing, then applied together in ONE
 * transaction when the composition ends (or on the next update that finds no composition open, in
 * case a compositionend event was lost).
 * The split also shields the editor's doc (where withYHistory keeps deleted items) from raw network
 * updates: it only gets what the network doc integrated, in order and without overlaps. Yjs 13.6
 * crashes ("reading 'origin'" in Item.integrate) when an update overlaps a range this doc holds as a
 * GC struct inside a deleted parent it still keeps (convergence fuzz seed 2694; docs/coediting.md).
 */
export class ImeBuffer {
  private pending: Uint8Array[] = [];
  /** Local edits not yet in the network doc (deferLocal). */
  private outgoing: Uint8Array[] = [];
  private readonly unwatchOwn: () => void;
  private readonly onLocal = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_NETWORK) return;
    const defer = this.opts.deferLocal;
    if (!defer) {
      Y.applyUpdate(this.opts.network, update, FROM_LOCAL);
      return;
    }
    this.outgoing.push(update);
    if (this.outgoing.length === 1) defer(() => this.flushLocal());
  };
  private readonly onNetwork = (update: Uint8Array, origin: unknown) => {
    if (origin === FROM_LOCAL) return;
    this.flushLocal();
    this.pending.push(update);
    if (!this.opts.isComposing()) this.flush();
  };

  constructor(private readonly opts: ImeBufferOptions) {
    // Start level: whatever either side has, the other gets.
    Y.applyUpdate(opts.network, Y.encodeStateAsUpdate(opts.local, Y.encodeStateVector(opts.network)), FROM_LOCAL);
    Y.applyUpdate(opts.local, Y.encodeStateAsUpdate(opts.network, Y.encodeStateVector(opts.local)), FROM_NETWORK);
    opts.local.on('update', this.onLocal);
    opts.network.on('update', this.onNetwork);
    // Our structs that Yjs counts as written in a network transaction skip onLocal; send them too.
    this.unwatchOwn = watchOwnChangesInRemoteTransactions(opts.local, (o) => o === FROM_NETWORK, (u) => {
      this.flushLocal();
      Y.applyUpdate(opts.network, u, FROM_LOCAL);
    });
  }

  /**
   * Local edits waiting for deferLocal's turn go to the network doc now, in order, one transaction each
   * as they were made. Never merged into one: a merged update is one transaction on every peer, and
   * resetBody deletes a deep body in groups of levels precisely so that no transaction recurses through
   * all of them (a 6,000-deep delete in one overflows Yjs's stack: reset-body.ts).
   */
  flushLocal(): void {
    if (this.outgoing.length === 0) return;
    const updates = this.outgoing;
    this.outgoing = [];
    for (const u of updates) Y.applyUpdate(this.opts.network, u, FROM_LOCAL);
  }

  /** Local edits waiting for deferLocal's run (not yet sent, not yet in the offline copy). */
  get unsentCount(): number {
    return this.outgoing.length;
  }

  /** Remote updates waiting for the composition to end. */
  get pendingCount(): number {
    return this.pending.length;
  }

  /** Call on compositionend. */
  compositionEnd(): void {
    this.flush();
  }

  /** Apply every buffered update to the local doc in one transaction. */
  flush(): void {
    if (this.pending.length === 0) return;
    const merged = this.pending.length === 1 ? this.pending[0]! : Y.mergeUpdates(this.pending);
    this.pending = [];
    Y.applyUpdate(this.opts.local, merged, FROM_NETWORK);
    this.opts.onApplied?.();
  }

  /**
   * A state both docs must hold (the server's state when a plan opens), applied to each directly instead
   * of through the bridge: the same bytes integrate into both, and neither doc encodes an 'update' event
   * for it. Encoding every opened body twice only to decode it again was a third of opening a large
   * plan. Only for a state nobody else must hear of as an update: the network doc's 'update' listeners
   * are this bridge and the provider (which skips its own origin, `networkOrigin`); the caller applies it
   * before anything else (an offline cache) listens. Buffered remote updates are applied first.
   */
  applyToBoth(update: Uint8Array, networkOrigin: unknown): void {
    this.flushLocal();
    this.flush();
    withoutUpdateEvents(this.opts.network, () => Y.applyUpdate(this.opts.network, update, networkOrigin));
    withoutUpdateEvents(this.opts.local, () => Y.applyUpdate(this.opts.local, update, FROM_NETWORK));
  }

  /** Stop bridging; buffered remote updates are applied first so nothing is dropped. */
  destroy(): void {
    this.flushLocal();
    this.flush();
    this.unwatchOwn();
    this.opts.local.off('update', this.onLocal);
    this.opts.network.off('update', this.onNetwork);
  }
}

/** Run `fn` with the doc's 'update'/'updateV2' listeners set aside (Yjs then does not encode the update). */
function withoutUpdateEvents(doc: Y.Doc, fn: () => void): void {
  const observers = (doc as unknown as { _observers: Map<string, unknown> })._observers;
  const saved = ['update', 'updateV2'].map((name) => [name, observers.get(name)] as const);
  for (const [name] of saved) observers.delete(name);
  try {
    fn();
  } finally {
    for (const [name, set] of saved) if (set !== undefined) observers.set(name, set);
  }
}
