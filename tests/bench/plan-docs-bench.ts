// Server-side cost of a plan: plan JSON → Yjs documents (create), documents → JSON (API read, export input).
import { decodePlanDocs, encodePlanDocs } from '../../main/common/collab/plan-docs';
import { Numbering } from '../../main/common/model/numbering';
import { bigPlan } from './big-plan';

function time(fn: () => unknown, runs = 5): number {
  fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}

console.log('| measures | JSON k chars | Yjs KB (all docs) | JSON → Yjs ms | Yjs → JSON ms | numbering ms |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of [50, 300, 1000]) {
  const plan = bigPlan(n);
  const docs = encodePlanDocs('p-benchmark1', plan);
  const yjsBytes = [...docs.values()].reduce((s, d) => s + d.length, 0);
  const enc = time(() => encodePlanDocs('p-benchmark1', plan));
  let decodeMs = 0;
  const runs = 5;
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    await decodePlanDocs('p-benchmark1', async (name) => docs.get(name) ?? null);
    if (i > 0) decodeMs += performance.now() - t;
  }
  const num = time(() => Numbering.plan(plan), 20);
  console.log(`| ${n} | ${(JSON.stringify(plan).length / 1024).toFixed(0)} | ${(yjsBytes / 1024).toFixed(0)} | ${enc.toFixed(1)} | ${(decodeMs / runs).toFixed(1)} | ${num.toFixed(2)} |`);
}
