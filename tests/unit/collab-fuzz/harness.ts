import { withYHistory, withYjs, YjsEditor, type YHistoryEditor } from '@slate-yjs/core';
import { createEditor, Element, Transforms, type Editor } from 'slate';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { watchOwnChangesInRemoteTransactions } from '../../../main/common/collab/own-changes-in-remote-transactions';
import { resyncIfDiverged } from '../../../main/common/collab/resync-if-diverged';
import { ITEM_ATTRIBUTES } from '../../../main/common/collab/split-block';
import { FUZZ_BODIES, FUZZ_PLAN_ID, fuzzPlan } from './fuzz-plan';

/** Origin of updates applied from the simulated network; never re-broadcast. */
export const NET = Symbol('net');
const NO_HEAL = process.env['FUZZ_NO_HEAL'] === '1';

export type FuzzEditor = Editor & YjsEditor & YHistoryEditor;

export interface Msg {
  doc: string;
  update: Uint8Array;
}

export interface Peer {
  id: number;
  docs: Map<string, Y.Doc>;
  /** Editors of the fuzzed bodies, by document name. */
  editors: Map<string, FuzzEditor>;
  online: boolean;
  /** Updates received from the network and not yet applied (delivered in random order). */
  inbox: Msg[];
  /** Own updates made while offline; broadcast on reconnect, as a provider does after sync step 1. */
  outbox: Msg[];
  /** Run resyncIfDiverged after every remote update (the app's guard against the marks desync). */
  resync?: boolean;
  resyncs?: number;
}

/** Seeded PRNG (mulberry32): every run is reproducible from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The renderer's body schema rules (renderer/src/editor/with-plan-schema.ts), restated for a headless
 * editor: relabel unknown blocks, strip item attributes from paragraphs; never insert, never mint ids.
 */
function withBodySchema<T extends Editor>(editor: T): T {
  const { normalizeNode } = editor;
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && path.length === 1) {
      const el = node as unknown as Record<string, unknown>;
      if (el['type'] !== 'paragraph' && el['type'] !== 'item') {
        Transforms.setNodes(editor, { type: 'paragraph' } as never, { at: path });
        return;
      }
      const stray = el['type'] === 'paragraph' ? ITEM_ATTRIBUTES.filter((k) => k in el) : [];
      if (stray.length > 0) {
        Transforms.unsetNodes(editor, stray, { at: path });
        return;
      }
    }
    normalizeNode(entry, options);
  };
  return editor;
}

export function bindFuzzEditor(doc: Y.Doc): FuzzEditor {
  const editor = withYHistory(withYjs(withBodySchema(createEditor()), BodyDoc.root(doc)), { captureTimeout: 0 }) as FuzzEditor;
  YjsEditor.connect(editor);
  return editor;
}

export const SEED_STATES = encodePlanDocs(FUZZ_PLAN_ID, fuzzPlan());
export const FUZZ_DOCS = FUZZ_BODIES.map((b) => DocNames.body(FUZZ_PLAN_ID, b));
export const PLAN_DOC = DocNames.plan(FUZZ_PLAN_ID);

/** A peer that has synced the server-seeded plan (the same seed bytes everywhere, as after sync). */
export function createPeer(id: number, peers: Peer[], clientId?: number): Peer {
  const peer: Peer = { id, docs: new Map(), editors: new Map(), online: true, inbox: [], outbox: [] };
  const send = (msg: Msg) => {
    if (!peer.online) {
      peer.outbox.push(msg);
      return;
    }
    for (const q of peers) if (q !== peer) q.inbox.push(msg);
  };
  for (const [name, state] of SEED_STATES) {
    const doc = new Y.Doc();
    // Yjs picks random client ids, and they decide concurrent conflicts: fixed ids make a seed replay.
    if (clientId !== undefined) doc.clientID = clientId;
    Y.applyUpdate(doc, state, NET);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      // Like HocuspocusProvider (`if (origin === this) return`), updates applied from the network are
      // not sent back.
      if (origin === NET) return;
      send({ doc: name, update });
    });
    // ...but our own edits written inside a network transaction must go out (seed 3173; docs/coediting.md).
    // FUZZ_NO_HEAL=1 turns this off to replay the failure.
    if (!NO_HEAL) watchOwnChangesInRemoteTransactions(doc, (o) => o === NET, (update) => send({ doc: name, update }));
    peer.docs.set(name, doc);
  }
  for (const name of FUZZ_DOCS) peer.editors.set(name, bindFuzzEditor(peer.docs.get(name)!));
  return peer;
}

/**
 * Apply one network message, then flush the bound editor at once: Slate's normaliser reacts to remote
 * changes with local ops that must reach Yjs before the next remote update (COEDITING.md §2.3).
 */
export function apply(peer: Peer, msg: Msg): void {
  Y.applyUpdate(peer.docs.get(msg.doc)!, msg.update, NET);
  const editor = peer.editors.get(msg.doc);
  if (!editor) return;
  YjsEditor.flushLocalChanges(editor);
  if (peer.resync && resyncIfDiverged(editor)) peer.resyncs = (peer.resyncs ?? 0) + 1;
}

/** Deliver up to `count` messages from a peer's inbox, picked in random order. */
export function deliver(peer: Peer, count: number, rnd: () => number): void {
  for (let i = 0; i < count && peer.inbox.length > 0; i++) {
    const [msg] = peer.inbox.splice(Math.floor(rnd() * peer.inbox.length), 1);
    apply(peer, msg!);
  }
}

export function setOnline(peer: Peer, online: boolean, peers: Peer[]): void {
  if (peer.online === online) return;
  peer.online = online;
  if (!online) return;
  for (const msg of peer.outbox.splice(0)) for (const q of peers) if (q !== peer) q.inbox.push(msg);
}

/** Reconnect everyone and deliver until no message is in flight (normalisation may answer with more). */
export function syncAll(peers: Peer[], rnd: () => number): void {
  for (const p of peers) setOnline(p, true, peers);
  for (let round = 0; round < 50; round++) {
    if (peers.every((p) => p.inbox.length === 0)) return;
    for (const p of peers) deliver(p, p.inbox.length, rnd);
  }
  throw new Error('messages still in flight after 50 delivery rounds (normalisers keep answering each other)');
}
