// The 公文体检 runner (main/common/checks): a full pass (Checks.all) over plans of 300 and 1,000
// measures, and the editor's incremental check after one keystroke in one section (IncrementalChecker:
// that body is rechecked, the meta and plan-scope rules rerun, the rest comes from its cache).
// Target (issue #13): a full pass ≤ 50 ms at 300 measures. Run on a clean plan, on the same plan with
// five defects in every measure (the findings, their messages and fixes cost too), and on the seeds.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Checks } from '../../main/common/checks/checks';
import { IncrementalChecker } from '../../main/common/checks/incremental-checker';
import { parsePlanText } from '../../main/common/model/parse-plan';
import type { Plan } from '../../main/common/model/plan';
import { bigPlan } from './big-plan';

const ctx = { today: '2025-03-10' };

function quantiles(times: number[]): (p: number) => string {
  const s = times.slice().sort((a, b) => a - b);
  return (p) => s[Math.floor(p * (s.length - 1))]!.toFixed(2);
}

function time(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The plan with one character typed into the first item of the group `g` (a new body array for it only). */
function typeInto(plan: Plan, g: number, n: number): Plan {
  const measures = plan.sections[1]!;
  const sections = measures.sections.map((s, i) => {
    if (i !== g) return s;
    const [first, ...rest] = s.body;
    if (first?.type !== 'item') return s;
    const children = first.children.map((l, j) => (j === first.children.length - 1 ? { ...l, text: l.text + (n % 2 ? '，' : '字') } : l));
    return { ...s, body: [{ ...first, children }, ...rest] };
  });
  return { ...plan, sections: [plan.sections[0]!, { ...measures, sections }] };
}

/** Every measure with a half-width comma, a doubled 。, a traditional character, a placeholder and an old unit name. */
function defective(plan: Plan): Plan {
  const measures = plan.sections[1]!;
  const sections = measures.sections.map((s) => ({
    ...s,
    body: s.body.map((b) => (b.type !== 'item' ? b : {
      ...b,
      supportUnits: [...b.supportUnits, '县质监局'],
      children: [...b.children, { text: '加强质量監管,落实到××单位。。' }],
    })),
  }));
  return { ...plan, sections: [plan.sections[0]!, { ...measures, sections }] };
}

const SEEDS = ['000_887fce41ce3b9e6c', '001_ca82d0a5fedf39b1', '002_59692cf78eb3dc0c', '003_5cb87e2d2ab2f10e', '004_c4e12caab4fdde4e'];

function seed(name: string): Plan {
  const r = parsePlanText(readFileSync(new URL(`../../seeds/${name}.plan.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

function run(measures: number, label: string, make: (n: number) => Plan): string {
  let plan = make(measures);
  let count = 0;
  const full: number[] = [];
  for (let i = 0; i < 40; i++) full.push(time(() => { count = Checks.all(plan, ctx).length; }));
  const checker = new IncrementalChecker(ctx);
  checker.update(plan);
  const inc: number[] = [];
  for (let i = 0; i < 200; i++) {
    plan = typeInto(plan, (i * 7) % plan.sections[1]!.sections.length, i);
    inc.push(time(() => checker.update(plan)));
  }
  const f = quantiles(full.slice(10));
  const k = quantiles(inc.slice(20));
  return `| ${label} | ${count} | ${f(0.5)} ms | ${f(0.95)} ms | ${k(0.5)} ms | ${k(0.95)} ms |`;
}

console.log(`load average ${loadavg()[0]!.toFixed(1)} (2 cores shared)`);
console.log('| plan | findings | full pass p50 | full p95 | keystroke (incremental) p50 | keystroke p95 |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of [300, 1000]) {
  console.log(run(n, `${n} measures`, bigPlan));
  console.log(run(n, `${n} measures, 5 defects each`, (m) => defective(bigPlan(m))));
}
for (const name of SEEDS) {
  const plan = seed(name);
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 40; i++) times.push(time(() => { count = Checks.all(plan, ctx).length; }));
  const q = quantiles(times.slice(10));
  console.log(`| seed ${name.slice(0, 3)} | ${count} | ${q(0.5)} ms | ${q(0.95)} ms | — | — |`);
}
