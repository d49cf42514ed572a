// CLI benchmark: what a user of `plan-studio` (out/cli/plan-studio.cjs, scripts/build-cli.mjs) waits for.
// Whole process (spawn → exit, wall clock, and the CPU time the process used): --help, export of a 300-measure plan
// plain and with 红头 + 任务分解表, import of the same plan as text + export, and `npm run cli -- export`.
// CLI_BENCH_BASELINE=<path of another build's plan-studio.cjs> runs that build beside this one. In process: the
// export alone (compose + pack + patch) as the CLI and the server's export route run it, and the same document
// through docx's object model (what packing did before the body was written directly). Prints the load average:
// on a shared machine the wall-clock numbers are upper bounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeDocx } from '../../main/common/docx/build-docx';
import type { Plan } from '../../main/common/model/plan';
import { packDocx } from '../../main/node/docx/pack-docx';
import { bigPlan } from './big-plan';
import { planText } from './plan-text';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'out/cli/plan-studio.cjs');
const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-cli-bench-'));
const RUNS = Number(process.env['CLI_BENCH_RUNS'] ?? 7);

function withImprint(plan: Plan): Plan {
  return { ...plan, meta: { ...plan.meta, docNumber: { agency: '某政发', year: 2025, serial: 3 }, copyTo: ['县委办公室', '县人大常委会办公室'], printer: '某县人民政府办公室', printDate: '2025-03-06' } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[], unit: (x: number) => string) => `${unit(median(xs))} (${unit(Math.min(...xs))}–${unit(Math.max(...xs))})`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const msf = (ms: number) => `${ms.toFixed(0)} ms`;

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc/self/stat (cutime + cstime, in
 * USER_HZ = 100 ticks per second on Linux). On a loaded machine wall time mostly measures the wait for a core;
 * the CPU a process used does not depend on the load nearly as much. undefined where /proc is missing.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // fields 16 and 17 of proc(5), counted from field 3
  } catch {
    return undefined;
  }
}

interface Sample { wall: number; cpu?: number }

function wholeProcess(steps: string[][], binary: string, viaNpm = false): Sample {
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  for (const args of steps) {
    const r = viaNpm
      ? spawnSync('npm', ['run', '-s', 'cli', '--', ...args], { cwd: root, encoding: 'utf8' })
      : spawnSync(process.execPath, [binary, ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`plan-studio ${args.join(' ')} failed: ${r.stderr}`);
  }
  const wall = performance.now() - t0;
  const cpu1 = childrenCpuMs();
  return { wall, ...(cpu0 !== undefined && cpu1 !== undefined ? { cpu: cpu1 - cpu0 } : {}) };
}

function report(label: string, xs: Sample[]): void {
  const cpu = xs.map((x) => x.cpu).filter((c): c is number => c !== undefined);
  console.log(`${label}: ${range(xs.map((x) => x.wall), sec)}${cpu.length === xs.length ? `, CPU ${range(cpu, sec)}` : ''}`);
}

export async function runCliBench(): Promise<void> {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs'), '--if-stale', '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the CLI failed');
  const plain = bigPlan(300);
  const full = withImprint(plain);
  const files = { plain: path.join(dir, 'plain.plan.json'), full: path.join(dir, 'full.plan.json'), text: path.join(dir, 'plan.txt') };
  writeFileSync(files.plain, JSON.stringify(plain));
  writeFileSync(files.full, JSON.stringify(full));
  writeFileSync(files.text, planText(plain));
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} runs each, median (min–max); CPU = user + system time of the process`);

  const cases: Array<[string, string[][]]> = [
    ['--help', [['--help']]],
    ['export 300 measures (plain)', [['export', files.plain, '-o', path.join(dir, 'a.docx'), '--quiet']]],
    ['export 300 measures (红头 + 任务分解表)', [['export', files.full, '-o', path.join(dir, 'b.docx'), '--red-head', '--task-table', '--quiet']]],
    ['import the text + export', [['import', files.text, '-o', path.join(dir, 'imported.plan.json')], ['export', path.join(dir, 'imported.plan.json'), '-o', path.join(dir, 'c.docx'), '--quiet']]],
  ];
  // CLI_BENCH_BASELINE=<another build's plan-studio.cjs> runs it beside this one, interleaved: before/after figures
  // at the same load (e.g. a checkout of an earlier commit built with `node scripts/build-cli.mjs`).
  const baseline = process.env['CLI_BENCH_BASELINE'];
  const binaries: Array<[string, string]> = [['node out/cli/plan-studio.cjs', bin], ...(baseline ? [[`baseline ${baseline}`, baseline] as [string, string]] : [])];
  const samples = new Map<string, Sample[]>();
  const add = (key: string, x: Sample) => samples.set(key, [...(samples.get(key) ?? []), x]);
  for (const [, binary] of binaries) wholeProcess(cases[1]![1], binary); // warm the file cache and the code cache
  for (let i = 0; i < RUNS; i++) {
    for (const [name, steps] of cases) for (const [label, binary] of binaries) add(`whole process, ${label} ${name}`, wholeProcess(steps, binary)); // interleaved
    add('whole process, npm run cli -- export 300 measures (plain)', wholeProcess(cases[1]![1], bin, true));
  }
  for (const [key, xs] of samples) report(key, xs);

  for (const [name, plan, options] of [['plain', plain, {}], ['红头 + 任务分解表', full, { redHead: true, taskTable: true }]] as const) {
    const direct: number[] = [];
    const objects: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      let t0 = performance.now();
      await packDocx(composeDocx(plan, options));
      if (i > 0) direct.push(performance.now() - t0); // the first run warms up
      t0 = performance.now();
      await packDocx(composeDocx(plan, options).document);
      if (i > 0) objects.push(performance.now() - t0);
    }
    console.log(`in process, export 300 measures (${name}): ${range(direct, msf)}; through docx's object model ${range(objects, msf)}`);
  }
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runCliBench();
