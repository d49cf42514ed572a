// Acknowledgement latency: a keystroke in a section editor until the server's SyncStatus brings the
// provider's unsyncedChanges back to 0 (what the editor shows as 已保存), with the update journal
// (acknowledged once fsync'ed / committed) and without it (acknowledged once applied in memory, the
// Hocuspocus default). 1 and 20 clients typing at once into the same section, each on its own socket;
// the server is its own process (ack-server.ts). File store on this machine's disk; PostgreSQL too
// when PLAN_STUDIO_TEST_PG_URL is set (`source .ci/services.sh`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as Y from 'yjs';
import { BodyDoc } from '../../main/common/collab/body-doc';
import { DocNames } from '../../main/common/collab/doc-names';
import { PostgresStore } from '../../main/node/store/postgres-store';
import { freePort } from '../integration/helpers/server-process';
import { createClient, synced, type Client } from '../integration/helpers/yjs-client';

const TOKEN = 'bench-token-0123456789';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 100);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(journal: boolean, databaseUrl?: string, table?: string) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-studio-ack-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/ack-server.ts', String(port), dataDir, journal ? 'on' : 'off',
    ...(databaseUrl ? [databaseUrl, table!] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (b: Buffer) => b.toString().includes('服务已启动') && resolve());
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function measure(url: string, planId: string, writers: number): Promise<number[]> {
  const name = DocNames.body(planId, 's-ideology');
  const clients: Client[] = [];
  const latencies: number[] = [];
  const editors = await Promise.all(Array.from({ length: writers }, async () => {
    const c = createClient(url.replace('http', 'ws'), TOKEN);
    clients.push(c);
    const d = await c.open(name);
    await synced(d.provider, 30_000);
    // Keystrokes go straight into the first paragraph's text, as slate-yjs writes them: 20 bound Slate
    // editors in this one process would measure the bench's own CPU, not the server's acknowledgement.
    const first = BodyDoc.root(d.doc).toDelta()[0] as { insert: Y.XmlText };
    return { provider: d.provider, paragraph: first.insert };
  }));
  const type = async ({ provider, paragraph }: (typeof editors)[number], n: number, record: boolean) => {
    for (let k = 0; k < n; k++) {
      const acked = new Promise<void>((resolve) => {
        const on = ({ number }: { number: number }) => {
          if (number !== 0) return;
          provider.off('unsyncedChanges', on);
          resolve();
        };
        provider.on('unsyncedChanges', on);
      });
      const t0 = performance.now();
      paragraph.insert(paragraph.length, '字');
      await acked;
      if (record) latencies.push(performance.now() - t0);
      await sleep(20 + Math.random() * 40); // typing: a keystroke every 20–60 ms per writer
    }
  };
  await Promise.all(editors.map((e) => type(e, 10, false))); // warm-up
  await Promise.all(editors.map((e) => type(e, KEYSTROKES, true)));
  for (const c of clients) c.destroy();
  return latencies;
}

async function createPlan(url: string): Promise<string> {
  const res = await fetch(`${url}/api/plans`, {
    method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'county-quality-action-plan', region: '鄂托克前旗', year: 2025 }),
  });
  return ((await res.json()) as { plan: { id: string } }).plan.id;
}

const pgUrl = process.env['PLAN_STUDIO_TEST_PG_URL'];
const stores: Array<{ label: string; databaseUrl?: string }> = [{ label: 'file store' }, ...(pgUrl ? [{ label: 'PostgreSQL', databaseUrl: pgUrl }] : [])];
const rows: string[] = [];
for (const { label, databaseUrl } of stores) {
  for (const writers of [1, 20]) {
    for (const journal of [false, true]) {
      const table = `bench_ack_${Date.now().toString(36)}`;
      const server = await startServer(journal, databaseUrl, table);
      try {
        const planId = await createPlan(server.url);
        const l = await measure(server.url, planId, writers);
        rows.push(`| ${label} | ${writers} | ${journal ? 'journal (fsync / commit before ack)' : 'none (ack once in memory)'} | `
          + `${pct(l, 50).toFixed(1)} ms | ${pct(l, 95).toFixed(1)} ms | ${l.length} |`);
      } finally {
        await server.stop();
        if (databaseUrl) {
          const c = new pg.Client({ connectionString: databaseUrl });
          await c.connect();
          await c.query(`drop table if exists ${PostgresStore.tables(table).join(', ')}`);
          await c.end();
        }
      }
    }
  }
}
console.log(`\nAcknowledgement latency (keystroke → unsyncedChanges 0), ${KEYSTROKES} keystrokes per writer`);
console.log('| store | writers | durability | p50 | p95 | samples |\n|---|---:|---|---:|---:|---:|');
for (const r of rows) console.log(r);
