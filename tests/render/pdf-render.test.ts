import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDocx } from '../../main/common/docx/build-docx';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../main/common/docx/export-options';
import type { ExportLayout } from '../../main/common/docx/layout/document-layout';
import { parsePlanText } from '../../main/common/model/parse-plan';
import type { Plan } from '../../main/common/model/plan';
import { packDocx } from '../../main/node/docx/pack-docx';
import { exportPdfBytes } from '../../main/node/pdf/export-pdf';
import { seedSamples } from './seed-samples';
import { convertToPdf, ensureFonts, imprintRules, readBoxes, requireTools, undrawnIdeographs, visualLines, type Page } from './render-kit';

// The PDF is drawn from the exporter's page model (main/common/docx/layout/compose-page-model.ts), not
// by a word processor. Here it meets LibreOffice's render of the .docx of the same plan and options:
// same page count, same first line on every page, same 版记 page; and its fonts are embedded subsets.

const SEEDS = ['000_887fce41ce3b9e6c', '001_ca82d0a5fedf39b1', '002_59692cf78eb3dc0c', '003_5cb87e2d2ab2f10e', '004_c4e12caab4fdde4e'];

interface Sample { name: string; plan: Plan; options: ExportOptionsInput }
interface Pair { sample: Sample; layout: ExportLayout; lo: Page[]; ours: Page[]; oursPdf: string; loPdf: string }

function seedPlan(id: string, official: boolean): Plan {
  const parsed = parsePlanText(readFileSync(path.join(__dirname, '../../seeds', `${id}.plan.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.detail);
  const plan = parsed.value;
  if (official) {
    // A 文件: 版头 needs an issuer; the 版记 (抄送, 印发机关/日期), which the seeds mostly lack.
    plan.meta.copyTo = ['市委办公室', '市人大常委会办公室'];
    plan.meta.printer ||= '某某县人民政府办公室';
    plan.meta.printDate ||= '2025-03-06';
    plan.meta.issuer ||= '某某县人民政府';
  }
  return plan;
}

const samples: Sample[] = [
  ...SEEDS.flatMap((id) => [
    { name: `${id.slice(0, 3)}-draft`, plan: seedPlan(id, false), options: {} },
    { name: `${id.slice(0, 3)}-official`, plan: seedPlan(id, true), options: { redHead: true, taskTable: true } },
  ]),
  // Issue #12's documents: each seed as a complete 文件 (every field, 红头, 印发通知, 任务分解表, 版记, sealed,
  // both sides) and as a draft without 成文日期 (seed-samples.ts, shared with page-layout-render).
  ...seedSamples().map((s) => ({ ...s, name: `${s.name.replace('-', '-complete-')}` })),
];
const pairs = new Map<string, Pair>();
let dir = '';

beforeAll(async () => {
  requireTools();
  ensureFonts();
  dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-pdf-'));
  const docs: string[] = [];
  const layouts: ExportLayout[] = [];
  const ours: string[] = [];
  for (const s of samples) {
    const { document, layout } = composeDocx(s.plan, s.options);
    const file = path.join(dir, `${s.name}.docx`);
    writeFileSync(file, await packDocx(document));
    docs.push(file);
    layouts.push(layout);
    const pdf = path.join(dir, `${s.name}.ours.pdf`);
    writeFileSync(pdf, await exportPdfBytes(s.plan, ExportOptionsSchema.parse(s.options)));
    ours.push(pdf);
  }
  const lo = convertToPdf(docs, dir);
  samples.forEach((s, i) => pairs.set(s.name, { sample: s, layout: layouts[i]!, lo: readBoxes(lo[i]!), ours: readBoxes(ours[i]!), oursPdf: ours[i]!, loPdf: lo[i]! }));
  console.log(`PDF samples in ${dir}`);
}, 900_000);

/** The first line of text inside the 版心 (page numbers and margins left out), without spaces. */
function firstLine(page: Page): string {
  const landscape = page.width > page.height;
  const inside = visualLines(page, 3).filter((l) => (landscape
    ? l.x0 > 32 && l.x1 < page.width - 25 && l.y1 < 188
    : l.y0 > 30 && l.y1 < 264 && l.x0 > 20));
  return (inside[0]?.text ?? '').replace(/\s+/g, '');
}

/** Pages of a PDF carrying the 版记's rules. */
function imprintPagesOf(pdf: string, pages: Page[]): number[] {
  return pages.map((p, i) => (p.height > p.width && imprintRules(pdf, i + 1) ? i + 1 : 0)).filter(Boolean);
}

describe('our PDF against LibreOffice\'s render of the .docx', () => {
  it.each(samples.map((s) => s.name))('%s: page count, 版记 page, first line of every section\'s first page', (name) => {
    const p = pairs.get(name)!;
    expect(p.ours.length, 'page count').toBe(p.lo.length);
    expect(p.ours.length).toBe(p.layout.pages);
    if (name.endsWith('official') || p.layout.imprintPage !== null) {
      expect(imprintPagesOf(p.oursPdf, p.ours), '版记 page').toEqual([p.layout.imprintPage]);
      expect(imprintPagesOf(p.loPdf, p.lo), '版记 page in LibreOffice').toEqual([p.layout.imprintPage]);
    }
    for (const start of p.layout.segmentStarts) {
      expect(firstLine(p.ours[start - 1]!), `first line of page ${start}`).toBe(firstLine(p.lo[start - 1]!));
    }
    // A bound for a failure only: every page of two PDFs rasterised took 75 s at load 15.
  }, 300_000);

  it('every page starts with the same line in both', () => {
    let same = 0;
    let total = 0;
    const rows: string[] = [];
    for (const p of pairs.values()) {
      const agree = p.ours.filter((page, i) => firstLine(page) === firstLine(p.lo[i]!)).length;
      same += agree;
      total += p.ours.length;
      rows.push(`${p.sample.name} ${agree}/${p.ours.length}`);
    }
    console.log(`pages whose first line equals LibreOffice's: ${same}/${total} (${rows.join(', ')})`);
    // Measured 486/486 here (docs/export.md): line-estimate follows LibreOffice's widths, autospace and
    // keep rules. Every page must agree: a miss is a rule the estimate gets wrong.
    expect(same).toBe(total);
  });
});

describe('fonts', () => {
  it('every font is embedded as a subset (pdffonts: emb yes, sub yes)', () => {
    for (const p of pairs.values()) {
      const rows = execFileSync('pdffonts', [p.oursPdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(rows.length, p.sample.name).toBeGreaterThanOrEqual(3);
      for (const row of rows) {
        expect(row, p.sample.name).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/);
      }
    }
  });

  // fontkit's CID-keyed subset once drew every 汉字 after a 《 in the 小标宋 titles blank (subset-fontkit.ts
  // fixFdSelect); the text layer was right, so the first-line comparison above could not see it.
  it('every 汉字 in the text is drawn: ink in its cell on the page', () => {
    const missing = [...pairs.values()].flatMap((p) => undrawnIdeographs(p.oursPdf, p.ours).map((m) => `${p.sample.name} ${m}`));
    expect(missing.slice(0, 20)).toEqual([]);
  }, 300_000);
});
