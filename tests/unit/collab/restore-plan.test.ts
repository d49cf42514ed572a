import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { RestorePlan } from '../../../main/common/collab/restore-plan';
import { PlanDiff } from '../../../main/common/diff/plan-diff';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import type { Plan } from '../../../main/common/model/plan';

const load = (name: string): Plan => {
  const r = parsePlanText(readFileSync(path.join(__dirname, `../../fixtures/diff/${name}.plan.json`), 'utf8'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
};
const PLAN_ID = 'p-restore001';

/** Every document of a plan as live Y.Docs, and a second peer of each (synced). */
function docsOf(plan: Plan): { docs: Map<string, Y.Doc>; peers: Map<string, Y.Doc> } {
  const docs = new Map<string, Y.Doc>();
  const peers = new Map<string, Y.Doc>();
  for (const [name, state] of encodePlanDocs(PLAN_ID, plan)) {
    for (const m of [docs, peers]) {
      const d = new Y.Doc();
      Y.applyUpdate(d, state);
      m.set(name, d);
    }
  }
  return { docs, peers };
}
function docFor(m: Map<string, Y.Doc>, name: string): Y.Doc {
  if (!m.has(name)) m.set(name, new Y.Doc());
  return m.get(name)!;
}
const read = (m: Map<string, Y.Doc>) => decodePlanDocs(PLAN_ID, async (name) => (m.has(name) ? Y.encodeStateAsUpdate(m.get(name)!) : null));
/** Exchange every update both ways (what the server relays). */
function sync(a: Map<string, Y.Doc>, b: Map<string, Y.Doc>): void {
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = docFor(a, name);
    const y = docFor(b, name);
    Y.applyUpdate(y, Y.encodeStateAsUpdate(x, Y.encodeStateVector(y)));
    Y.applyUpdate(x, Y.encodeStateAsUpdate(y, Y.encodeStateVector(x)));
  }
}
function restore(m: Map<string, Y.Doc>, plan: Plan): number {
  let changed = 0;
  for (const [bodyId, body] of PlanDoc.bodies(plan)) if (RestorePlan.body(docFor(m, DocNames.body(PLAN_ID, bodyId)), body)) changed++;
  if (RestorePlan.planDoc(docFor(m, DocNames.plan(PLAN_ID)), plan)) changed++;
  return changed;
}

describe('RestorePlan', () => {
  it('brings the live documents from the new plan back to the old one as edits; the peer converges on it', async () => {
    const { docs, peers } = docsOf(load('new'));
    const old = load('old');
    expect(restore(docs, old)).toBeGreaterThan(3);
    sync(docs, peers);
    expect(PlanDiff.compare(old, await read(docs))).toEqual([]);
    expect(PlanDiff.compare(old, await read(peers))).toEqual([]);
    // Again: nothing left to change.
    expect(restore(docs, old)).toBe(0);
  });

  it('a colleague typing concurrently elsewhere keeps their text; the restored parts hold on both peers', async () => {
    const { docs, peers } = docsOf(load('new'));
    // The peer types into 指导思想 (which the restore does not change) while the restore runs on the other side.
    const ideology = [...peers.entries()].find(([n]) => n.endsWith(':sec:s1'))![1];
    const para = BodyDoc.root(ideology).toDelta()[0].insert as Y.XmlText;
    para.insert(0, '同事并发输入：');
    restore(docs, load('old'));
    sync(docs, peers);
    const a = await read(docs);
    const b = await read(peers);
    expect(a).toEqual(b);
    expect(JSON.stringify(a.sections[0]!.body)).toContain('同事并发输入：');
    // Everything the restore touched is the old plan's.
    expect(PlanDiff.compare(load('old'), a).filter((c) => !(c.kind === 'section-text' && c.sectionId === 's1'))).toEqual([]);
  });
});
