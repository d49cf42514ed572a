// The gate's check of one incoming update (main/node/server/limits/update-guard.ts) on the largest body
// of a 300- and a 1,000-measure plan: 500 keystroke updates (one character each, as the editor sends
// them), checked against the server's doc and then applied, as the gate does.
import { loadavg } from 'node:os';
import * as Y from 'yjs';
import { BODY_SHAPE } from '../../main/common/collab/doc-shape';
import { encodePlanDocs } from '../../main/common/collab/plan-docs';
import { checkUpdate } from '../../main/node/server/limits/update-guard';
import { bigPlan } from './big-plan';

const ROOTS = new Set(['content']);

function run(measures: number): string {
  const docs = encodePlanDocs('p-bench', bigPlan(measures));
  let largest: Uint8Array = new Uint8Array();
  for (const [name, state] of docs) if (name.includes(':sec:') && state.length > largest.length) largest = state;
  const server = new Y.Doc();
  Y.applyUpdate(server, largest);
  const client = new Y.Doc();
  Y.applyUpdate(client, largest);
  const updates: Uint8Array[] = [];
  client.on('update', (u: Uint8Array) => updates.push(u));
  const blocks = client.get('content', Y.XmlText).toDelta() as Array<{ insert: Y.XmlText }>;
  const block = blocks[Math.floor(blocks.length / 2)]!.insert;
  for (let i = 0; i < 500; i++) block.insert(1 + i, '字');
  const times: number[] = [];
  for (const u of updates) {
    const t = process.hrtime.bigint();
    const r = checkUpdate(server, u, ROOTS, BODY_SHAPE);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.violation || r.slow) throw new Error(`unexpected verdict ${JSON.stringify(r)}`);
    Y.applyUpdate(server, u);
  }
  const warm = times.slice(50).sort((a, b) => a - b); // after JIT warm-up
  const q = (p: number) => warm[Math.floor(p * (warm.length - 1))]!.toFixed(3);
  return `| ${measures} | ${(largest.length / 1024).toFixed(0)} KB | ${q(0.5)} ms | ${q(0.95)} ms | ${q(1)} ms |`;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('| measures | largest body | p50 per check | p95 | max |');
console.log('|---:|---:|---:|---:|---:|');
for (const m of [300, 1000]) console.log(run(m));
