// The gate's check of one incoming update (main/node/server/limits/update-guard.ts) on a section body
// holding 300 and 1,000 measures: 500 keystroke updates (one character each, as the editor sends them),
// each checked against the server's doc and then applied, as the gate does.
import { loadavg } from 'node:os';
import * as Y from 'yjs';
import { BODY_SHAPE } from '../../main/common/collab/doc-shape';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { Item } from '../../main/common/model/item';
import { checkUpdate } from '../../main/node/server/limits/update-guard';

const ROOTS = new Set(['content']);

function run(measures: number): string {
  const seed = new Y.Doc();
  BodyDoc.write(seed, Array.from({ length: measures }, (_, i) => Item.create({
    lead: `第${i + 1}项措施。`, text: '加强质量基础设施建设，提升计量、标准、认证认可、检验检测能力。', leadUnits: ['县市场监督管理局'],
  })));
  const largest = Y.encodeStateAsUpdate(seed);
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
console.log('| measures in the section | body state | p50 per check | p95 | max |');
console.log('|---:|---:|---:|---:|---:|');
for (const m of [300, 1000]) console.log(run(m));
