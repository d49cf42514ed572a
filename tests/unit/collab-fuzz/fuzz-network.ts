import * as Y from 'yjs';
import { watchOwnChangesInRemoteTransactions } from '../../../main/common/collab/own-changes-in-remote-transactions';
import { PendingStructs } from '../../../main/common/collab/pending-structs';
import { seededRng } from '../../../main/common/seeded-rng';

/** Origin of updates applied from the simulated network; never re-broadcast. */
export const NET = Symbol('net');
/** FUZZ_NO_HEAL=1 turns the app's repairs off (forwarding, pending retry, id repair, editor resync) to replay raw failures. */
export const NO_HEAL = process.env['FUZZ_NO_HEAL'] === '1';

export interface Msg {
  doc: string;
  update: Uint8Array;
}

/**
 * A client on the simulated network: Yjs documents by name. Updates are broadcast to every other
 * online peer and applied in random order. Offline, a peer sends nothing and loses what was sent to
 * it (a closed socket); on reconnect it syncs by state vector with every online peer, both ways, as a
 * provider does with its server (sync step 1 / step 2).
 */
export interface NetPeer {
  id: number;
  docs: Map<string, Y.Doc>;
  online: boolean;
  /** Updates received and not yet applied (delivered in random order). */
  inbox: Msg[];
  /** Called after each applied message (the editor harness flushes and checks its editor here). */
  afterApply?: (msg: Msg) => void;
}

/** Seeded PRNG (mulberry32): every run is reproducible from its seed. */
export const prng = seededRng;

function broadcast(from: NetPeer, peers: readonly NetPeer[], msg: Msg): void {
  if (!from.online) return;
  for (const q of peers) if (q !== from && q.online) q.inbox.push(msg);
}

/** A peer's copy of a document that starts from the (server-seeded) `state`. */
export function addDoc(peer: NetPeer, peers: readonly NetPeer[], name: string, state: Uint8Array, clientId?: number): Y.Doc {
  const doc = new Y.Doc();
  // Yjs picks random client ids, and they decide concurrent conflicts: fixed ids make a seed replay.
  if (clientId !== undefined) doc.clientID = clientId;
  Y.applyUpdate(doc, state, NET);
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    // Like HocuspocusProvider (`if (origin === this) return`), updates from the network are not sent back.
    if (origin !== NET) broadcast(peer, peers, { doc: name, update });
  });
  if (!NO_HEAL) {
    // ...but our own edits written inside a network transaction must go out (seed 3173; docs/coediting.md).
    watchOwnChangesInRemoteTransactions(doc, (o) => o === NET, (update) => broadcast(peer, peers, { doc: name, update }));
    PendingStructs.watch(doc, (o) => o === NET);
  }
  peer.docs.set(name, doc);
  return doc;
}

export function apply(peer: NetPeer, msg: Msg): void {
  Y.applyUpdate(peer.docs.get(msg.doc)!, msg.update, NET);
  peer.afterApply?.(msg);
}

/** Deliver up to `count` messages from a peer's inbox, picked in random order. */
export function deliver(peer: NetPeer, count: number, rnd: () => number): void {
  for (let i = 0; i < count && peer.inbox.length > 0; i++) {
    const [msg] = peer.inbox.splice(Math.floor(rnd() * peer.inbox.length), 1);
    apply(peer, msg!);
  }
}

export function setOnline(peer: NetPeer, online: boolean, peers: readonly NetPeer[]): void {
  if (peer.online === online) return;
  peer.online = online;
  if (!online) {
    peer.inbox.length = 0;
    return;
  }
  for (const q of peers) {
    if (q === peer || !q.online) continue;
    for (const [name, doc] of peer.docs) {
      const theirs = q.docs.get(name)!;
      q.inbox.push({ doc: name, update: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(theirs)) });
      peer.inbox.push({ doc: name, update: Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(doc)) });
    }
  }
}

/** Reconnect everyone and deliver until no message is in flight (normalisation may answer with more). */
export function syncAll(peers: readonly NetPeer[], rnd: () => number): void {
  for (const p of peers) setOnline(p, true, peers);
  for (let round = 0; round < 50; round++) {
    if (peers.every((p) => p.inbox.length === 0)) return;
    for (const p of peers) deliver(p, p.inbox.length, rnd);
  }
  throw new Error('messages still in flight after 50 delivery rounds (normalisers keep answering each other)');
}
