import { yTextToSlateElement } from '@slate-yjs/core';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { PendingStructs } from '../../../main/common/collab/pending-structs';
import { decodePlanDocs } from '../../../main/common/collab/plan-docs';
import { BodySchema } from '../../../main/common/model/element-types';
import type { Plan } from '../../../main/common/model/plan';
import { randomOp, type OpContext } from './fuzz-ops';
import { FUZZ_PLAN_ID } from './fuzz-plan';
import { deliver, NET, prng, setOnline, syncAll } from './fuzz-network';
import { bindFuzzEditor, createPeer, FUZZ_DOCS, setComposing, type Peer } from './harness';

export interface FuzzOptions {
  seed: number;
  peers: number;
  steps: number;
  undo: boolean;
  /** Bold/unbold ranges (FUZZ_MARKS=1 turns them on everywhere, to replay the slate-yjs desync). */
  marks?: boolean;
  /** 修订 and 批注 ops (suggest mode, accept/reject, comments). */
  review?: boolean;
  /** Peers run resyncIfDiverged after remote updates, as the app does (default true). */
  resync?: boolean;
}

export interface FuzzResult {
  ops: number;
  plan: Plan;
  resyncs: number;
}

/** A failure that names its seed, so `FUZZ_SEED=<seed>` replays it exactly. */
export class FuzzFailure extends Error {}

/**
 * Canonical JSON of a Slate tree: sorted keys, and two differences that are representation only, not
 * data: a null attribute equals an absent one (Slate deletes keys set to null while Yjs may keep the
 * null; the schema defaults both to null), and an empty text leaf carries no marks (Yjs cannot format
 * zero characters, so only the author's tree would keep them). Plan JSON is compared exactly below.
 */
const json = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if (o['text'] === '') return { text: '' };
    return Object.fromEntries(Object.entries(o).filter(([, x]) => x !== null).sort(([a], [b]) => a.localeCompare(b)));
  });
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** One seeded run: random edits, random delivery and disconnects, then full sync and the invariants. */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzResult> {
  const rnd = prng(opts.seed);
  const peers: Peer[] = [];
  for (let i = 0; i < opts.peers; i++) peers.push(createPeer(i, peers, 1 + i + opts.peers * Math.floor(rnd() * 2 ** 24)));
  for (const p of peers) p.resync = opts.resync ?? true;
  let minted = 0;
  const ctx: OpContext = { rnd, undo: opts.undo, marks: opts.marks ?? process.env['FUZZ_MARKS'] === '1', review: opts.review ?? false, mintId: () => `m-s${opts.seed}-${minted++}`, log: [] };
  try {
    for (let s = 0; s < opts.steps; s++) {
      const p = peers[Math.floor(rnd() * peers.length)]!;
      const r = rnd();
      if (r < 0.65) randomOp(p, ctx);
      else if (r < 0.95) deliver(p, p.online ? Math.floor(rnd() * (p.inbox.length + 1)) : 0, rnd);
      else setOnline(p, !p.online, peers);
    }
    for (const p of peers) for (const name of [...p.composing]) setComposing(p, name, false);
    syncAll(peers, rnd);
    const plan = await checkConverged(peers);
    return { ops: ctx.log.length, plan, resyncs: peers.reduce((n, p) => n + (p.resyncs ?? 0), 0) };
  } catch (e) {
    const tail = ctx.log.slice(-12).join('\n  ');
    if (process.env['FUZZ_STACK']) console.log((e as Error).stack);
    throw new FuzzFailure(`fuzz seed ${opts.seed} (peers ${opts.peers}, steps ${opts.steps}, undo ${opts.undo}) failed: ${(e as Error).message}\n  last ops:\n  ${tail}`);
  }
}

function readPlan(peer: Peer): Promise<Plan> {
  return decodePlanDocs(FUZZ_PLAN_ID, async (name) => {
    const doc = peer.docs.get(name);
    return doc ? Y.encodeStateAsUpdate(doc) : null;
  });
}

/** A reader that joins after everything: every document built from the merged states of all peers. */
function freshReader(peers: readonly Peer[]): Peer {
  const reader: Peer = { id: -1, docs: new Map(), editors: new Map(), locals: new Map(), bridges: new Map(), composing: new Set(), online: true, inbox: [] };
  for (const name of peers[0]!.docs.keys()) {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.mergeUpdates(peers.map((p) => Y.encodeStateAsUpdate(p.docs.get(name)!))), NET);
    reader.docs.set(name, copy);
  }
  for (const name of FUZZ_DOCS) {
    reader.locals.set(name, reader.docs.get(name)!);
    reader.editors.set(name, bindFuzzEditor(reader.docs.get(name)!));
  }
  return reader;
}

async function checkConverged(peers: Peer[]): Promise<Plan> {
  const all = [...peers, freshReader(peers)];
  const base = all[0]!;
  for (const name of base.docs.keys()) {
    const sv = hex(Y.encodeStateVector(base.docs.get(name)!));
    const snap = Y.snapshot(base.docs.get(name)!);
    for (const p of all) {
      const doc = p.docs.get(name)!;
      if (PendingStructs.has(doc)) throw new Error(`${name}: peer${p.id} still has pending structs`);
      if (hex(Y.encodeStateVector(doc)) !== sv) throw new Error(`${name}: state vector of peer${p.id} differs`);
      // Same state vector and delete set. Encoded bytes may legitimately differ: an undo manager keeps
      // deleted items that another peer has garbage-collected.
      if (!Y.equalSnapshots(Y.snapshot(doc), snap)) throw new Error(`${name}: delete set of peer${p.id} differs`);
    }
  }
  for (const name of FUZZ_DOCS) {
    const expected = json(base.editors.get(name)!.children);
    for (const p of all) {
      // The editor's doc holds exactly what the network doc holds (nothing stuck in the bridge).
      const local = p.locals.get(name)!;
      if (PendingStructs.has(local) || hex(Y.encodeStateVector(local)) !== hex(Y.encodeStateVector(p.docs.get(name)!))) {
        throw new Error(`${name}: peer${p.id}'s editor doc and network doc differ`);
      }
      const editor = p.editors.get(name)!;
      const slate = json(editor.children);
      if (slate !== expected) throw new Error(`${name}: Slate tree of peer${p.id} differs:\n${slate}\nvs\n${expected}`);
      const root = BodyDoc.root(local);
      // An emptied root decodes as one bare text leaf; the bound editor holds no block at all.
      const fromY = root.length === 0 ? '[]' : json((yTextToSlateElement(root) as { children: unknown }).children);
      if (fromY !== slate) throw new Error(`${name}: peer${p.id}'s Slate tree differs from its Y document:\n${slate}\nvs\n${fromY}`);
      const dupInEditor = duplicate(editor.children.flatMap((b) => ((b as { type?: string }).type === 'item' ? [(b as { id: string }).id] : [])));
      if (dupInEditor) throw new Error(`${name}: peer${p.id}'s editor shows item id ${dupInEditor} twice`);
      const parsed = BodySchema.safeParse(editor.children);
      if (!parsed.success) throw new Error(`${name}: body is not schema-valid: ${parsed.error.issues[0]?.message} at ${parsed.error.issues[0]?.path.join('.')}\n${slate}`);
    }
  }
  const plans = await Promise.all(all.map(readPlan));
  for (const [i, plan] of plans.entries()) {
    if (JSON.stringify(plan) !== JSON.stringify(plans[0])) throw new Error(`decodePlanDocs of peer${all[i]!.id} differs`);
  }
  const dup = duplicate(allItemIds(plans[0]!));
  if (dup) throw new Error(`duplicate item id ${dup} in the plan JSON`);
  return plans[0]!;
}

function duplicate(ids: readonly string[]): string | undefined {
  return ids.find((id, i) => ids.indexOf(id) !== i);
}

function allItemIds(plan: Plan): string[] {
  const bodies = [plan.preamble, plan.closing, ...plan.sections.flatMap((s) => [s.body, ...s.sections.map((t) => t.body)])];
  return bodies.flat().flatMap((b) => (b.type === 'item' ? [b.id] : []));
}
