// PDF export benchmark: the page model (layout with line contents) and the PDF drawn from it with the
// fonts embedded as subsets, for a generated 300-measure plan, plain and as a 文件 (红头, 版记, 任务分解表).
// The first run also reads and parses the font files (cached per process afterwards); it is reported apart.
import { composePageModel } from '../../main/common/docx/layout/compose-page-model';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../main/common/docx/export-options';
import type { Plan } from '../../main/common/model/plan';
import { drawPdf } from '../../main/common/pdf/draw-pdf';
import { findFonts, loadFonts } from '../../main/node/pdf/system-fonts';
import { bigPlan } from './big-plan';

function withImprint(plan: Plan): Plan {
  return { ...plan, meta: { ...plan.meta, docNumber: { agency: '某政发', year: 2025, serial: 3 }, copyTo: ['县委办公室', '县人大常委会办公室'], printer: '某县人民政府办公室', printDate: '2025-03-06', issuer: plan.meta.issuer || '某县人民政府' } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runPdfBench(runs = 5): Promise<Array<{ name: string; ms: number }>> {
  const t0 = performance.now();
  const fonts = await loadFonts();
  const loadMs = performance.now() - t0;
  console.log(`fonts: ${(await findFonts()).map((f) => f.file).join(', ')}; found and read in ${loadMs.toFixed(0)} ms`);
  const plan = bigPlan(300);
  const cases: Array<[string, Plan, ExportOptionsInput]> = [
    ['pdf 300 measures (plain)', plan, {}],
    ['pdf 300 measures (红头 + 版记 + 任务分解表)', withImprint(plan), { redHead: true, taskTable: true }],
  ];
  const out: Array<{ name: string; ms: number }> = [];
  let first = true;
  for (const [name, p, o] of cases) {
    const options = ExportOptionsSchema.parse(o);
    const model: number[] = [];
    const draw: number[] = [];
    let pages = 0;
    let kb = 0;
    for (let i = 0; i < runs + 1; i++) {
      const a = performance.now();
      const m = composePageModel(p, options);
      const b = performance.now();
      const bytes = await drawPdf(m, fonts, { title: p.meta.title, author: 'bench' });
      const c = performance.now();
      if (i === 0 && first) console.log(`first PDF (parses the fonts): ${(c - a).toFixed(0)} ms`);
      first = false;
      if (i === 0) continue;
      model.push(b - a);
      draw.push(c - b);
      pages = m.pages.length;
      kb = bytes.length / 1024;
    }
    const total = median(model) + median(draw);
    console.log(`${name}: ${total.toFixed(0)} ms median of ${runs} (page model ${median(model).toFixed(0)} ms, drawing + subsetting + saving ${median(draw).toFixed(0)} ms; ${pages} pages, ${kb.toFixed(0)} KB)`);
    out.push({ name, ms: total });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) await runPdfBench();
