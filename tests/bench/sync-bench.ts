// Sync latency: one keystroke in a section editor until it is in the Y docs (and bound Slate editors)
// of N co-editors, each on its own WebSocket, over loopback. The server runs as its own process (as
// `npm run server`), the clients share this one. Quality bar (docs/product.md#quality-bars): p95 < 50 ms for 20 co-editors.
import { YjsEditor } from '@slate-yjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Editor, Transforms } from 'slate';
import { DocNames } from '../../main/common/collab/doc-names';
import { freePort, startServerProcess } from '../integration/helpers/server-process';
import { bindEditor, createClient, synced, type Client } from '../integration/helpers/yjs-client';

const TOKEN = 'bench-token-0123456789';
const KEYSTROKES = Number(process.env['BENCH_KEYSTROKES'] ?? 200);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(url: string, planId: string, readers: number): Promise<string> {
  const name = DocNames.body(planId, 's-ideology');
  const clients: Client[] = [];
  const open = async () => {
    const c = createClient(url.replace('http', 'ws'), TOKEN);
    clients.push(c);
    const d = await c.open(name);
    await synced(d.provider);
    return d;
  };
  const writer = await open();
  const editor = bindEditor(writer.doc);
  const warmup = async (n: number) => {
    for (let k = 0; k < n; k++) {
      Transforms.insertText(editor, '预', { at: Editor.end(editor, [0]) });
      YjsEditor.flushLocalChanges(editor);
      await sleep(10);
    }
  };
  const arrivals: number[][] = [];
  const base = Editor.string(editor, [0]).length + 30;
  for (let r = 0; r < readers; r++) {
    const d = await open();
    const reader = bindEditor(d.doc); // each co-editor has a bound Slate editor, as in the app
    const times: number[] = [];
    // Keystroke k has arrived when the co-editor's Slate text has base + k + 1 characters (robust to
    // several keystrokes arriving in one message).
    d.doc.on('update', () => {
      const now = performance.now();
      const len = Editor.string(reader, [0]).length;
      while (times.length < len - base) times.push(now);
    });
    arrivals.push(times);
  }
  await warmup(30);
  await sleep(300);
  const sent: number[] = [];
  for (let k = 0; k < KEYSTROKES; k++) {
    sent.push(performance.now());
    Transforms.insertText(editor, '字', { at: Editor.end(editor, [0]) });
    YjsEditor.flushLocalChanges(editor);
    await sleep(15); // a fast typist: ~65 characters a second
  }
  const deadline = Date.now() + 10_000;
  while (arrivals.some((t) => t.length < KEYSTROKES) && Date.now() < deadline) await sleep(20);
  const perReader = arrivals.flatMap((t) => t.slice(0, KEYSTROKES).map((at, k) => at - sent[k]!));
  const allReached = sent.map((s, k) => Math.max(...arrivals.map((t) => (t[k] ?? Infinity) - s)));
  for (const c of clients) c.destroy();
  const f = (x: number) => x.toFixed(1);
  return `| ${readers} | ${KEYSTROKES} | ${f(pct(perReader, 50))} | ${f(pct(perReader, 95))} | ${f(pct(allReached, 50))} | ${f(pct(allReached, 95))} | ${f(Math.max(...allReached))} |`;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-studio-bench-'));
const port = await freePort();
const server = await startServerProcess({ port, dataDir, token: TOKEN });
try {
  const res = await fetch(`${server.url}/api/plans`, {
    method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ templateId: 'county-quality-action-plan', region: '鄂托克前旗', year: 2025 }),
  });
  const planId = ((await res.json()) as { plan: { id: string } }).plan.id;
  console.log('| co-editors | keystrokes | one co-editor p50 ms | p95 ms | all co-editors p50 ms | p95 ms | max ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of [5, 20]) console.log(await run(server.url, planId, n));
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
