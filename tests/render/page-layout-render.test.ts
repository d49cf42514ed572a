import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeDocx } from '../../main/common/docx/build-docx';
import type { ExportLayout } from '../../main/common/docx/layout/document-layout';
import type { ExportOptionsInput } from '../../main/common/docx/export-options';
import { parsePlanText } from '../../main/common/model/parse-plan';
import type { Plan } from '../../main/common/model/plan';
import { packDocx } from '../../main/node/docx/pack-docx';
import { loadPlan } from '../unit/docx/docx-kit';
import { seedSamples } from './seed-samples';
import { convertToPdf, ensureFonts, hasPageNumber, imprintRules, inkExtent, raster, readBoxes, requireTools, visualLines, type Page } from './render-kit';

// The exporter computes where pages end (main/common/docx/page-layout.ts) so that, printed on both sides,
// the 版记 lands on an even page [Std 7.4.1 + 6.2] and a blank page before it leaves both unnumbered
// [Std 7.5]. Here the computation meets LibreOffice's layout: page counts, the 版记 page and the
// unnumbered pages must be the same in the render as in the estimate.

interface Sample { name: string; plan: Plan; options: ExportOptionsInput }
interface Rendered { sample: Sample; layout: ExportLayout; pdf: string; pages: Page[] }

const SEEDS = ['000_887fce41ce3b9e6c', '001_ca82d0a5fedf39b1', '002_59692cf78eb3dc0c', '003_5cb87e2d2ab2f10e', '004_c4e12caab4fdde4e'];
const OPTION_SETS: Record<string, ExportOptionsInput> = {
  plain: {},
  redTasks: { redHead: true, taskTable: true },
  glyphSealed: { lineMode: 'glyph-accurate', sealed: true, taskTable: true },
};

function seedPlan(id: string): Plan {
  const parsed = parsePlanText(readFileSync(path.join(__dirname, '../../seeds', `${id}.plan.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.detail);
  const plan = parsed.value;
  // Every sample gets a 版记 (抄送 and 印发机关/日期), which the seeds mostly lack.
  plan.meta.copyTo = ['市委办公室', '市人大常委会办公室'];
  plan.meta.printer ||= '某某县人民政府办公室';
  plan.meta.printDate ||= '2025-03-06';
  plan.meta.issuer ||= '某某县人民政府';
  return plan;
}

/** The small plan grown by `extra` one-line closing paragraphs: its end walks down the pages line by line. */
function grownPlan(extra: number): Plan {
  const plan = loadPlan('small');
  plan.attachments = [];
  for (let i = 0; i < extra; i++) plan.closing.push({ type: 'paragraph', children: [{ text: `补充段落${i + 1}，用于测试版记位置。` }] });
  return plan;
}

// The text's end walks from page 2 (room for the 版记) over a full page 2 into page 3.
const SWEEP = Array.from({ length: 11 }, (_, i) => 16 + i);
const samples: Sample[] = [
  ...SEEDS.flatMap((id) => Object.entries(OPTION_SETS).map(([o, options]) => ({ name: `${id.slice(0, 3)}-${o}`, plan: seedPlan(id), options }))),
  ...SWEEP.map((k) => ({ name: `grown-${k}`, plan: grownPlan(k), options: {} })),
  ...[21, 24].map((k) => ({ name: `simplex-${k}`, plan: grownPlan(k), options: { duplex: false } })),
  // Issue #12: each seed as a complete 文件 (every field, 红头, 印发通知, 任务分解表, 版记) and as a draft.
  ...seedSamples(),
];
const out = new Map<string, Rendered>();

beforeAll(async () => {
  requireTools();
  ensureFonts();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-layout-'));
  const files: string[] = [];
  const layouts: ExportLayout[] = [];
  for (const s of samples) {
    const { document, layout } = composeDocx(s.plan, s.options);
    const file = path.join(dir, `${s.name}.docx`);
    writeFileSync(file, await packDocx(document));
    files.push(file);
    layouts.push(layout);
  }
  const pdfs = convertToPdf(files, dir);
  samples.forEach((s, i) => out.set(s.name, { sample: s, layout: layouts[i]!, pdf: pdfs[i]!, pages: readBoxes(pdfs[i]!) }));
  console.log(`layout samples in ${dir}`);
}, 600_000);

const portrait = (p: Page) => p.height > p.width;
const bodyText = (p: Page) => visualLines(p, 3).filter((l) => l.y1 < 264 && l.y0 > 30);

/** The page number as printed: the footer band of a portrait page, the turned box left of a landscape 版心. */
function pageNumberText(p: Page): string {
  const words = p.lines.flatMap((l) => l.words);
  if (portrait(p)) return words.filter((w) => w.y0 > 264).sort((a, b) => a.x0 - b.x0).map((w) => w.text).join('');
  return words.filter((w) => w.x1 < 34).sort((a, b) => a.y0 - b.y0).map((w) => w.text).join('');
}

/** Where LibreOffice put the 版记: the pages carrying its rules. */
function imprintPages(r: Rendered): number[] {
  return r.pages.map((p, i) => (portrait(p) && imprintRules(r.pdf, i + 1) ? i + 1 : 0)).filter(Boolean);
}

describe('the five seeds: the computed layout is the rendered one', () => {
  it.each(samples.filter((s) => !s.name.startsWith('grown') && !s.name.startsWith('simplex')).map((s) => s.name))('%s', (name) => {
    const r = out.get(name)!;
    expect(r.pages.length, 'page count').toBe(r.layout.pages);
    expect(imprintPages(r), '版记 page').toEqual([r.layout.imprintPage]);
    expect(r.layout.imprintPage! % 2, 'the 版记 is on an even page').toBe(0);
    expect(r.layout.imprintPage).toBe(r.pages.length);
    // Page numbers: every page but the unnumbered ones; landscape ones turned on the sheet's left edge,
    // lower half on odd pages, upper half on even ones [Std 8] (positions in export-render).
    r.pages.forEach((p, i) => {
      if (!portrait(p)) {
        const band = (i + 1) % 2 === 1 ? { yMinMm: 120, yMaxMm: 210 } : { yMinMm: 0, yMaxMm: 90 };
        expect(inkExtent(raster(r.pdf, i + 1, 50), { ...band, xMinMm: 0, xMaxMm: 34 }), `landscape page ${i + 1} numbered`).not.toBeNull();
        expect(pageNumberText(p), `landscape page ${i + 1} number`).toBe(`—${i + 1}—`);
        return;
      }
      const numbered = !r.layout.unnumberedPages.includes(i + 1);
      expect(hasPageNumber(r.pdf, i + 1), `page ${i + 1} numbered`).toBe(numbered);
      // The number read from the page: its own, between 一字线 (PAGE fields recomputed, one numbering).
      expect(pageNumberText(p), `page ${i + 1} number`).toBe(numbered ? `—${i + 1}—` : '');
    });
    // A bound for a failure only: two rasters per page of a 30-page seed took 95 s on a loaded CI machine.
  }, 300_000);
});

type Case = 'same-page' | 'after-blank-page' | 'next-page';

/** Which of the three duplex placements the estimate chose for a sample. */
function placement(r: Rendered): Case {
  if (r.layout.unnumberedPages.length) return 'after-blank-page';
  return r.layout.segmentStarts.length > 1 ? 'next-page' : 'same-page';
}

describe('duplex: the 版记 as the text grows line by line', () => {
  const sweep = () => SWEEP.map((k) => out.get(`grown-${k}`)!);

  it('the render agrees with the estimate: page count, 版记 page (even, last rule on the 版心 bottom), numbers', () => {
    for (const r of sweep()) {
      const name = r.sample.name;
      expect(r.pages.length, `${name} pages`).toBe(r.layout.pages);
      expect(imprintPages(r), `${name} 版记 page`).toEqual([r.pages.length]);
      expect(r.pages.length % 2, `${name} ends on an even page`).toBe(0);
      expect(imprintRules(r.pdf, r.pages.length)!.at(-1)!.yMm).toBeCloseTo(262, 0);
      r.pages.forEach((_, i) => expect(hasPageNumber(r.pdf, i + 1), `${name} page ${i + 1}`).toBe(!r.layout.unnumberedPages.includes(i + 1)));
    }
    // The sweep crosses all three placements.
    expect(new Set(sweep().map(placement))).toEqual(new Set(['same-page', 'after-blank-page', 'next-page']));
  });

  it('text ending on an even page with room: the 版记 shares its last page', () => {
    for (const r of sweep().filter((x) => placement(x) === 'same-page')) {
      const last = r.pages.at(-1)!;
      expect(bodyText(last).some((l) => l.text.includes('（此件公开发布）')), r.sample.name).toBe(true);
    }
  });

  it('text filling an even page: a blank page, then the 版记 page, neither numbered [Std 7.5]', () => {
    for (const r of sweep().filter((x) => placement(x) === 'after-blank-page')) {
      const n = r.pages.length;
      expect(r.layout.unnumberedPages).toEqual([n - 1, n]);
      expect(r.pages[n - 2]!.lines, `${r.sample.name}: page ${n - 1} is blank`).toEqual([]);
      expect(bodyText(r.pages[n - 3]!).some((l) => l.text.includes('（此件公开发布）'))).toBe(true);
    }
  });

  it('text ending on an odd page: the 版记 alone on the next, even page, numbered', () => {
    for (const r of sweep().filter((x) => placement(x) === 'next-page')) {
      const n = r.pages.length;
      expect(bodyText(r.pages[n - 2]!).some((l) => l.text.includes('（此件公开发布）'))).toBe(true);
      expect(bodyText(r.pages[n - 1]!).filter((l) => !/抄送|印发/.test(l.text)), `${r.sample.name}: only the 版记`).toEqual([]);
      expect(hasPageNumber(r.pdf, n)).toBe(true);
    }
  });

  it('one-sided printing: the 版记 on the last page, the last paragraph going with it when there is no room', () => {
    for (const name of ['simplex-21', 'simplex-24']) {
      const r = out.get(name)!;
      expect(r.pages.length, name).toBe(r.layout.pages);
      expect(imprintPages(r)).toEqual([r.pages.length]);
      expect(bodyText(r.pages.at(-1)!).some((l) => l.text.includes('（此件公开发布）'))).toBe(true);
      expect(r.layout.unnumberedPages).toEqual([]);
    }
    expect(out.get('simplex-21')!.pages.length).toBe(3); // odd: one-sided printing has no parity rule
  });
});
