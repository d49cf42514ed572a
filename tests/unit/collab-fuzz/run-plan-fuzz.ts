import * as Y from 'yjs';
import { PendingStructs } from '../../../main/common/collab/pending-structs';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import { Ids } from '../../../main/common/model/ids';
import { SECTION_KINDS, Section } from '../../../main/common/model/section';
import type { Plan } from '../../../main/common/model/plan';
import { addDoc, deliver, NET, prng, setOnline, syncAll, type NetPeer } from './fuzz-network';
import { fuzzPlan } from './fuzz-plan';
import { randomPlanOp, type PlanOpContext } from './plan-outline-ops';
import { PLAN_DOC, SEED_STATES } from './harness';

export interface PlanFuzzResult {
  ops: number;
  plan: Plan;
}

const BODIES = PlanDoc.bodies(fuzzPlan());
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/**
 * One seeded run on the plan doc alone (outline moves, new and deleted sections, title typing,
 * assignees) with 3–5 peers, random delivery and disconnects, then full sync. Every peer and a fresh
 * reader built from the merged states must read identical, schema-valid plan JSON (PlanDoc.read runs
 * parsePlan) in which no section appears twice.
 */
export function runPlanFuzz(seed: number, steps: number): PlanFuzzResult {
  const rnd = prng(seed);
  const count = 3 + Math.floor(rnd() * 3);
  const peers: NetPeer[] = [];
  for (let i = 0; i < count; i++) {
    const peer: NetPeer = { id: i, docs: new Map(), online: true, inbox: [] };
    addDoc(peer, peers, PLAN_DOC, SEED_STATES.get(PLAN_DOC)!, 1 + i + count * Math.floor(rnd() * 2 ** 24));
    peers.push(peer);
  }
  let minted = 0;
  const ctx: PlanOpContext = { rnd, mintId: () => `s-f${seed}-${minted++}` };
  const log: string[] = [];
  try {
    for (let s = 0; s < steps; s++) {
      const p = peers[Math.floor(rnd() * peers.length)]!;
      const r = rnd();
      if (r < 0.6) log.push(`peer${p.id} ${randomPlanOp(p.docs.get(PLAN_DOC)!, ctx)}`);
      else if (r < 0.93) deliver(p, p.online ? Math.floor(rnd() * (p.inbox.length + 1)) : 0, rnd);
      else setOnline(p, !p.online, peers);
    }
    syncAll(peers, rnd);
    return { ops: log.filter((l) => !l.endsWith('noop')).length, plan: checkPlanConverged(peers) };
  } catch (e) {
    throw new Error(`plan fuzz seed ${seed} (peers ${count}, steps ${steps}) failed: ${(e as Error).message}\n  last ops:\n  ${log.slice(-12).join('\n  ')}`);
  }
}

function checkPlanConverged(peers: readonly NetPeer[]): Plan {
  const merged = new Y.Doc();
  Y.applyUpdate(merged, Y.mergeUpdates(peers.map((p) => Y.encodeStateAsUpdate(p.docs.get(PLAN_DOC)!))), NET);
  const docs = [...peers.map((p) => p.docs.get(PLAN_DOC)!), merged];
  const sv = hex(Y.encodeStateVector(merged));
  for (const [i, doc] of docs.entries()) {
    if (PendingStructs.has(doc)) throw new Error(`peer${i} still has pending structs`);
    if (hex(Y.encodeStateVector(doc)) !== sv) throw new Error(`state vector of peer${i} differs`);
    if (!Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(merged))) throw new Error(`delete set of peer${i} differs`);
  }
  // PlanDoc.read leaves out what does not fit the model (a hostile writer's nonsense); the app's own
  // operations must never need that, so the raw doc is checked strictly first.
  strictPlanDoc(merged);
  const read = (doc: Y.Doc) => PlanDoc.read(doc, (id) => BODIES.get(id) ?? []);
  const plans = docs.map(read);
  const expected = JSON.stringify(plans[plans.length - 1]);
  for (const [i, plan] of plans.entries()) {
    if (JSON.stringify(plan) !== expected) throw new Error(`plan JSON of peer${i} differs from the fresh reader's`);
  }
  const plan = plans[0]!;
  const ids = Section.flatten(plan.sections).map((s) => s.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`section ${dup} appears twice in the plan JSON`);
  // The outline pane shows what the plan JSON holds, in the same order.
  const rows = PlanDoc.outline(merged).map((r) => r.id);
  if (rows.join() !== ids.join()) throw new Error(`outline rows ${rows.join()} differ from the plan's sections ${ids.join()}`);
  return plan;
}

/** The app writes only what the model reads: valid ids, known kinds, string titles and assignees. */
function strictPlanDoc(doc: Y.Doc): void {
  for (const id of PlanDocRoots.outline(doc).toArray()) {
    if (typeof id !== 'string' || !Ids.isNodeId(id)) throw new Error(`outline holds ${JSON.stringify(id)}, not a section id`);
  }
  for (const [id, rec] of PlanDocRoots.sections(doc).entries()) {
    if (!(SECTION_KINDS as readonly unknown[]).includes(rec.get('kind'))) throw new Error(`section ${id} has kind ${String(rec.get('kind'))}`);
    if (!(rec.get('title') instanceof Y.Text)) throw new Error(`section ${id} has no Y.Text title`);
    const a = rec.get('assignee');
    if (a !== null && a !== undefined && typeof a !== 'string') throw new Error(`section ${id} has assignee ${JSON.stringify(a)}`);
  }
}
