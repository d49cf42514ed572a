// CLI benchmark: what a user of `plan-studio` (out/cli/plan-studio.cjs, scripts/build-cli.mjs) waits for.
// Whole process (spawn → exit, wall clock): --help, export of a 300-measure plan plain and with 红头 + 任务分解表,
// import of the same plan as text + export. In process: the export alone (compose + pack + patch), as the
// server's export route runs it. Prints the load average: on a shared machine the numbers are upper bounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeDocx } from '../../main/common/docx/build-docx';
import { Item } from '../../main/common/model/item';
import type { Plan } from '../../main/common/model/plan';
import { packDocx } from '../../main/node/docx/pack-docx';
import { bigPlan } from './big-plan';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'out/cli/plan-studio.cjs');
const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-cli-bench-'));
const RUNS = Number(process.env['CLI_BENCH_RUNS'] ?? 7);

function withImprint(plan: Plan): Plan {
  return { ...plan, meta: { ...plan.meta, docNumber: '某政发〔2025〕3号', copyTo: ['县委办公室', '县人大常委会办公室'], printer: '某县人民政府办公室', printDate: '2025-03-06' } };
}

/** The 300-measure plan as the text a county office would paste or save from Word (what `import` reads). */
export function planText(plan: Plan): string {
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const group = (n: number) => (n <= 10 ? cn[n - 1]! : n < 20 ? `十${cn[n - 11] ?? ''}` : `${cn[Math.floor(n / 10) - 1]}十${cn[(n % 10) - 1] ?? ''}`);
  const lines = [plan.meta.title, '', '为……，制定本行动计划。', '一、指导思想', '以……为指导。', '二、工作措施'];
  plan.sections[1]!.sections.forEach((g, gi) => {
    lines.push(`（${group(gi + 1)}）${g.title}`);
    g.body.filter((b) => b.type === 'item').forEach((b, n) => {
      lines.push(`${n + 1}.${Item.leadText(b)}${Item.bodyText(b)}（牵头单位：${b.leadUnits.join('、')}；责任单位：${b.supportUnits.join('、')}；完成时限：${b.deadline}）`);
    });
  });
  lines.push('三、保障措施', '确保各项任务圆满完成。', '', plan.meta.signature, '2025年3月6日');
  return `${lines.join('\n')}\n`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[], unit: (x: number) => string) => `${unit(median(xs))} (${unit(Math.min(...xs))}–${unit(Math.max(...xs))})`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const msf = (ms: number) => `${ms.toFixed(0)} ms`;

function wholeProcess(steps: string[][]): number {
  const t0 = performance.now();
  for (const args of steps) {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`plan-studio ${args.join(' ')} failed: ${r.stderr}`);
  }
  return performance.now() - t0;
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
  console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} runs each, median (min–max)`);

  const cases: Array<[string, string[][]]> = [
    ['--help', [['--help']]],
    ['export 300 measures (plain)', [['export', files.plain, '-o', path.join(dir, 'a.docx'), '--quiet']]],
    ['export 300 measures (红头 + 任务分解表)', [['export', files.full, '-o', path.join(dir, 'b.docx'), '--red-head', '--task-table', '--quiet']]],
    ['import the text + export', [['import', files.text, '-o', path.join(dir, 'imported.plan.json')], ['export', path.join(dir, 'imported.plan.json'), '-o', path.join(dir, 'c.docx'), '--quiet']]],
  ];
  const samples = new Map<string, number[]>(cases.map(([name]) => [name, []]));
  wholeProcess(cases[1]![1]); // warm the file cache
  for (let i = 0; i < RUNS; i++) for (const [name, steps] of cases) samples.get(name)!.push(wholeProcess(steps)); // interleaved
  for (const [name, xs] of samples) console.log(`whole process, node out/cli/plan-studio.cjs ${name}: ${range(xs, sec)}`);

  for (const [name, plan, options] of [['plain', plain, {}], ['红头 + 任务分解表', full, { redHead: true, taskTable: true }]] as const) {
    const xs: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t0 = performance.now();
      await packDocx(composeDocx(plan, options).document);
      if (i > 0) xs.push(performance.now() - t0); // the first run warms up
    }
    console.log(`in process, export 300 measures (${name}): ${range(xs, msf)}`);
  }
  console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runCliBench();
