// Export benchmark: buildDocx + Packer + post-processing for a generated 300-measure plan (≈ 60 pages),
// plus the same with 红头, 版记 and the landscape 任务分解表. docs/product.md#quality-bars bar: well under 1 s.
import { Packer } from 'docx';
import { buildDocx } from '../../main/common/docx/build-docx';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../main/common/docx/export-options';
import { patchDocxPackage } from '../../main/common/docx/package/patch-docx-package';
import type { Plan } from '../../main/common/model/plan';
import { bigPlan } from './big-plan';

function withImprint(plan: Plan): Plan {
  return { ...plan, meta: { ...plan.meta, docNumber: { agency: '某政发', year: 2025, serial: 3 }, copyTo: ['县委办公室', '县人大常委会办公室'], printer: '某县人民政府办公室', printDate: '2025-03-06' } };
}

async function time(plan: Plan, input: ExportOptionsInput, runs: number): Promise<{ build: number; pack: number; total: number; kb: number }> {
  const options = ExportOptionsSchema.parse(input);
  const samples: { build: number; pack: number; total: number; kb: number }[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const doc = buildDocx(plan, options);
    const t1 = performance.now();
    const packed = await Packer.toBuffer(doc);
    const bytes = patchDocxPackage(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
    const t2 = performance.now();
    if (i > 0) samples.push({ build: t1 - t0, pack: t2 - t1, total: t2 - t0, kb: bytes.length / 1024 }); // first run warms up
  }
  const median = (k: 'build' | 'pack' | 'total' | 'kb') => samples.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
  return { build: median('build'), pack: median('pack'), total: median('total'), kb: median('kb') };
}

export async function runExportBench(runs = 5): Promise<Array<{ name: string; ms: number }>> {
  const plan = bigPlan(300);
  const cases: Array<[string, Plan, ExportOptionsInput]> = [
    ['export 300 measures (plain)', plan, {}],
    ['export 300 measures (红头 + 版记 + 任务分解表)', withImprint(plan), { redHead: true, taskTable: true }],
  ];
  const out: Array<{ name: string; ms: number }> = [];
  for (const [name, p, o] of cases) {
    const r = await time(p, o, runs);
    console.log(`${name}: ${r.total.toFixed(0)} ms median of ${runs} (buildDocx ${r.build.toFixed(0)} ms, pack+patch ${r.pack.toFixed(0)} ms, ${r.kb.toFixed(0)} KB)`);
    out.push({ name, ms: r.total });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await runExportBench();
