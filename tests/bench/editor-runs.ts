// Pools editor-bench runs recorded with BENCH_RAW=<file>: per run (with the load average recorded at the end
// of each plan) and pooled, per plan. Several files are compared side by side, e.g. before/after builds:
//   npx tsx tests/bench/editor-runs.ts /tmp/before.jsonl /tmp/after.jsonl
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Run {
  label: string;
  open: { shown: number };
  lat: number[];
  /** BENCH_IME runs: each latency's input type ('insertCompositionText' or 'commit'). */
  kinds?: string[];
  ime?: boolean;
  load: number;
  loadStart?: number;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))]!;
const ms = (x: number) => x.toFixed(1);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npx tsx tests/bench/editor-runs.ts <BENCH_RAW file>...');
  process.exit(1);
}
console.log('| file | plan | runs | open (s), per run | p95 (ms) @ load, per run | pooled p50 / p95 / p99 (ms) | over 16 ms | max per run (ms) |');
console.log('|---|---|---:|---|---|---|---:|---|');
for (const file of files) {
  const runs = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).flatMap((l) => byKind(JSON.parse(l) as Run));
  for (const label of [...new Set(runs.map((r) => r.label))]) {
    const rs = runs.filter((r) => r.label === label);
    const all = rs.flatMap((r) => r.lat);
    const loads = (r: Run) => (r.loadStart === undefined ? r.load.toFixed(1) : `${r.loadStart.toFixed(1)}–${r.load.toFixed(1)}`);
    console.log(`| ${path.basename(file)} | ${label} | ${rs.length} | ${rs.map((r) => (r.open.shown / 1000).toFixed(2)).join(' ')} | ${rs.map((r) => `${ms(pct(r.lat, 0.95))} @ ${loads(r)}`).join(', ')} | ${[0.5, 0.95, 0.99].map((p) => ms(pct(all, p))).join(' / ')} | ${(100 * all.filter((x) => x > 16).length / all.length).toFixed(1)} % | ${rs.map((r) => Math.max(...r.lat).toFixed(0)).join(' ')} |`);
  }
}

/** A pinyin IME run counts as two: its composition keys and its commits, pooled apart. */
function byKind(run: Run): Run[] {
  if (!run.ime || !run.kinds) return [run];
  const part = (commit: boolean, name: string): Run => ({ ...run, label: `${run.label} · IME ${name}`, lat: run.lat.filter((_, i) => (run.kinds![i] === 'commit') === commit) });
  return [part(false, 'composition keys'), part(true, 'commits')];
}
