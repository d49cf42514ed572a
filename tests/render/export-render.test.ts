import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { textEm as em } from '../../main/common/docx/layout/char-width';
import { ExportOptionsSchema, type ExportOptionsInput } from '../../main/common/docx/export-options';
import { composeDocx } from '../../main/common/docx/build-docx';
import type { ExportLayout } from '../../main/common/docx/layout/document-layout';
import { exportTaskTableDocxBytes, packDocx } from '../../main/node/docx/pack-docx';
import { replaceZipEntries } from '../../main/common/docx/package/replace-zip-entries';
import { Plan } from '../../main/common/model/plan';
import { loadPlan } from '../unit/docx/docx-kit';
import { convertToPdf, ensureFonts, findRules, inkExtent, raster, readBoxes, requireTools, visualLines, type Line, type Page } from './render-kit';

// GB/T 9704 Tier 2: the rendered pages, measured (docs/gbt9704.md#what-is-checked-and-how).
// LibreOffice headless + the pinned Fandol/Noto/Liberation fonts (setup-fonts.sh). Missing tools FAIL.

interface Rendered { pdf: string; pages: Page[]; layout?: ExportLayout }
// tasksA also gets a 抄送 list long enough to wrap, so the 版记 has a two-line first row.
const LONG_COPY = ['市委办公室', '市人大常委会办公室', '市政协办公室', '市纪委监委', '市中级人民法院', '市人民检察院', '湛江军分区'];
const SAMPLES: Record<string, { plan: string; options: ExportOptionsInput }> = {
  noticeA: { plan: 'seed-004-notice', options: { redHead: true, lineMode: 'office-grid' } },
  noticeB: { plan: 'seed-004-notice', options: { redHead: true, lineMode: 'glyph-accurate' } },
  tasksA: { plan: 'seed-003-task-table', options: { lineMode: 'office-grid' } },
};
const out: Record<string, Rendered> = {};
const DEADLINE = '2026年12月底前';

/** The package with every mc:AlternateContent replaced by its mc:Fallback (what a reader without wps keeps). */
function fallbackOnly(docx: Uint8Array): Uint8Array {
  const parts = unzipSync(docx);
  const changed: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(parts)) {
    if (!/^word\/footer\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(bytes);
    const reduced = xml.replace(/<mc:AlternateContent><mc:Choice Requires="wps">[\s\S]*?<\/mc:Choice><mc:Fallback>([\s\S]*?)<\/mc:Fallback><\/mc:AlternateContent>/g, '$1');
    if (reduced !== xml) changed[name] = strToU8(reduced);
  }
  if (Object.keys(changed).length !== 2) throw new Error(`expected two landscape footers with a fallback, found ${Object.keys(changed).length}`);
  return replaceZipEntries(docx, changed);
}

beforeAll(async () => {
  requireTools();
  ensureFonts();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-studio-render-'));
  const files: string[] = [];
  const layouts: ExportLayout[] = [];
  for (const [name, s] of Object.entries(SAMPLES)) {
    const file = path.join(dir, `${name}.docx`);
    const plan = loadPlan(s.plan);
    if (name === 'tasksA') {
      plan.meta.copyTo = LONG_COPY;
      for (const { item } of Plan.measures(plan)) item.deadline = DEADLINE;
    }
    const { document, layout } = composeDocx(plan, ExportOptionsSchema.parse(s.options));
    writeFileSync(file, await packDocx(document));
    files.push(file);
    layouts.push(layout);
  }
  // tasksA as a reader without DrawingML shapes sees it (Word 2007, older WPS): each mc:AlternateContent
  // reduced to its mc:Fallback, so the landscape numbers are the VML text boxes alone.
  const fallback = path.join(dir, 'tasksFallback.docx');
  writeFileSync(fallback, fallbackOnly(readFileSync(files[Object.keys(SAMPLES).indexOf('tasksA')]!)));
  files.push(fallback);
  const tasksOnly = path.join(dir, 'tasksOnly.docx');
  writeFileSync(tasksOnly, await exportTaskTableDocxBytes(loadPlan('seed-003-task-table')));
  files.push(tasksOnly);
  // One soffice run for all samples: CI has two cores.
  const pdfs = convertToPdf(files, dir);
  [...Object.keys(SAMPLES), 'tasksFallback', 'tasksOnly'].forEach((name, i) => {
    out[name] = { pdf: pdfs[i]!, pages: readBoxes(pdfs[i]!), layout: layouts[i] };
  });
  console.log(`render samples in ${dir}`);
}, 300_000);

const portrait = (p: Page) => p.height > p.width;
/** Body lines: above the page-number band. */
const bodyLines = (p: Page): Line[] => visualLines(p, 3).filter((l) => l.y1 < (portrait(p) ? 264 : 188));
/** A page whose text runs down to the 版心 bottom. */
const isFull = (p: Page) => portrait(p) && (bodyLines(p).at(-1)?.y1 ?? 0) > 255;
/** ，。、；：？！ may hang one 字 past the 版心's right edge (Word/WPS/LibreOffice default, line-estimate.ts). */
const HANGS = /[，。、；：？！]$/;
const ZI_MM = (16 * 0.98 * 25.4) / 72;

describe.each([
  ['noticeA', 'office-grid', { top: [39.7, 40.9], bottom: [259, 263] }],
  ['noticeB', 'glyph-accurate', { top: [36, 38], bottom: [261, 263] }],
] as const)('%s (%s)', (name, _mode, limits) => {
  const r = () => out[name]!;
  // Plain body pages: not the first page of a section (版头, attachment label and title, blank lines),
  // not a page opening with a centred title (the plan after its 印发通知), not the last two (the end of
  // the text with its 落款, the 版记).
  const titled = (p: Page) => { const first = bodyLines(p)[0]; return first !== undefined && first.x0 > 40 && first.x1 < 172; };
  const plain = (i: number) => !r().layout!.segmentStarts.includes(i + 1) && i < r().pages.length - 2 && !titled(r().pages[i]!);

  it('full body pages hold 22 lines', () => {
    const full = r().pages.filter((p, i) => plain(i) && isFull(p));
    expect(full.length).toBeGreaterThanOrEqual(5);
    for (const p of full) expect(bodyLines(p)).toHaveLength(22);
  });

  it('full lines hold 28 字 and all text stays inside x 27–185 mm', () => {
    const counts: number[] = [];
    for (const p of r().pages.filter(portrait)) {
      for (const l of bodyLines(p)) {
        const hung = HANGS.test(l.text);
        expect(l.x0).toBeGreaterThanOrEqual(27);
        expect(l.x1 - (hung ? ZI_MM : 0)).toBeLessThanOrEqual(185);
        // A justified full line without Latin/digits. Fewer than 28 happens when kinsoku pulls a
        // character down with a closing bracket, keeps an opening 《 with its text or 90% together; never more.
        if (Math.abs(l.x0 - 28) < 0.6 && l.x1 > 183 && /^[^\x20-\x7e]+$/.test(l.text)) counts.push(em(l.text) - (hung ? 1 : 0));
      }
    }
    expect(counts.length).toBeGreaterThanOrEqual(50);
    expect(Math.max(...counts)).toBe(28);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(25);
    expect(counts.filter((c) => c === 28).length / counts.length).toBeGreaterThan(0.75);
  });

  it('line-1 glyph top and line-22 glyph bottom sit on the 版心 (mode tolerances)', () => {
    const tops: number[] = [];
    r().pages.forEach((p, i) => {
      if (!isFull(p) || !plain(i)) return;
      const ras = raster(r().pdf, i + 1);
      const ink = inkExtent(ras, { yMinMm: 20, yMaxMm: 264 })!;
      tops.push(ink.top);
      expect(ink.bottom).toBeGreaterThanOrEqual(limits.bottom[0]);
      expect(ink.bottom).toBeLessThanOrEqual(limits.bottom[1]);
      expect(ink.left).toBeGreaterThanOrEqual(27);
      // A hanging ，。？！ puts a little ink past 184 mm (its glyph sits in the left of its box).
      expect(ink.right).toBeLessThanOrEqual(188);
    });
    expect(tops.length).toBeGreaterThan(3);
    for (const t of tops) {
      expect(t).toBeGreaterThanOrEqual(limits.top[0]);
      expect(t).toBeLessThanOrEqual(limits.top[1]);
    }
  });

  it('page numbers: 一字线 ~269 mm, odd pages right (ends ~179 mm), even pages left (starts ~33 mm)', () => {
    r().pages.forEach((p, i) => {
      if (!portrait(p)) return;
      const ras = raster(r().pdf, i + 1);
      const foot = inkExtent(ras, { yMinMm: 264, yMaxMm: 285 });
      expect(foot, `page ${i + 1} has a number`).not.toBeNull();
      const dashes = findRules(ras, 1, 2.5).filter((d) => d.yMm > 264 && d.yMm < 285);
      expect(dashes.length).toBeGreaterThan(0);
      for (const d of dashes) expect(Math.abs(d.yMm - 269)).toBeLessThanOrEqual(1.5);
      if ((i + 1) % 2 === 1) expect(Math.abs(foot!.right - 179)).toBeLessThanOrEqual(1);
      else expect(Math.abs(foot!.left - 33)).toBeLessThanOrEqual(1);
      // The renderer recomputes the PAGE field: the cached number (the section's first) is not what shows.
      const number = p.lines.filter((l) => l.y0 > 264).map((l) => l.text.replace(/\s/g, '')).join('');
      expect(number, `page ${i + 1}`).toBe(`—${i + 1}—`);
    });
  });

  it('版头: 标志 top at 72 mm, red rule 4 mm under the 文号, 156 mm wide; title two lines below', () => {
    const ras = raster(r().pdf, 1);
    const red = findRules(ras).filter((x) => x.red);
    expect(red).toHaveLength(1);
    const rule = red[0]!;
    expect(Math.abs(rule.x1Mm - rule.x0Mm - 156)).toBeLessThanOrEqual(1);
    const flag = inkExtent(ras, { yMinMm: 40, yMaxMm: 95 })!;
    expect(Math.abs(flag.top - 72)).toBeLessThanOrEqual(1.5);
    const docNo = inkExtent(ras, { yMinMm: flag.bottom + 5, yMaxMm: rule.topMm - 0.3 })!;
    expect(Math.abs(rule.yMm - docNo.bottom - 4)).toBeLessThanOrEqual(1);
    const pitch = (name === 'noticeA' ? 579 : 592) / 20 * (25.4 / 72);
    const title = inkExtent(ras, { yMinMm: rule.bottomMm + 0.5, yMaxMm: rule.bottomMm + 40 })!;
    expect(title.top - rule.yMm).toBeGreaterThanOrEqual(2 * pitch);
    expect(title.top - rule.yMm).toBeLessThanOrEqual(2 * pitch + 3);
    // 主送 one blank line below the title [Std 7.3.2]: two pitches from the title's last line.
    const lines = bodyLines(r().pages[0]!);
    const to = lines.findIndex((l) => l.text.startsWith('上海庙经济开发区管委会'));
    expect(to).toBeGreaterThan(0);
    const gap = lines[to]!.y1 - lines[to - 1]!.y1;
    expect(gap).toBeGreaterThanOrEqual(2 * pitch - 2);
    expect(gap).toBeLessThanOrEqual(2 * pitch + 1);
    // 公文首页必须显示正文 [Std 7.3.3].
    expect(bodyLines(r().pages[0]!).some((l) => l.text.startsWith('经旗人民政府研究同意'))).toBe(true);
  });

  it('版记: last rule on the 版心 bottom of the last page, an even page (duplex) after the text', () => {
    const last = r().pages.length;
    expect(last % 2).toBe(0);
    expect(r().layout!.imprintPage).toBe(last);
    const rules = findRules(raster(r().pdf, last));
    expect(rules.length).toBe(3);
    expect(Math.abs(rules.at(-1)!.yMm - 262)).toBeLessThanOrEqual(1);
    // The text ends on the 版记 page or, when that would be odd, on the page before it.
    const end = r().pages.findIndex((p) => bodyLines(p).some((l) => l.text.startsWith('第二十四条'))) + 1;
    expect(end === last || (end === last - 1 && end % 2 === 1)).toBe(true);
  });

  it('落款 is not alone on its page', () => {
    const page = r().pages.find((p) => bodyLines(p).some((l) => l.text === '2019年8月16日'))!;
    const lines = bodyLines(page);
    const at = lines.findIndex((l) => l.text === '鄂托克前旗人民政府');
    expect(at).toBeGreaterThan(0);
  });
});

/** Landscape pages: the table head on top, the turned number at the portrait position [Std 8]; returns the numbers read. */
function checkLandscapePages(r: Rendered): string[] {
  const land = r.pages.map((p, i) => ({ p, i })).filter(({ p }) => !portrait(p));
  expect(land.length).toBeGreaterThanOrEqual(2);
  const numbers: string[] = [];
  for (const { p, i } of land) {
    expect(Math.round(p.width)).toBe(297);
    // The turned number lies left of the 版心 (x < 34 mm): leave it out of the text lines.
    const top = bodyLines(p).map((l) => l.words.filter((w) => w.x0 > 34).map((w) => w.text).join('')).filter(Boolean).slice(0, 4).join('');
    expect(top, `landscape page ${i + 1}`).toContain('序号');
    // Turned back to portrait, odd pages have their head at the 订口 and even pages at the 切口, which is
    // the sheet's left edge for both [Std 8]: the 一字线 (269 mm) lies at x = 297 − 269 = 28 mm.
    const ras = raster(r.pdf, i + 1);
    const odd = (i + 1) % 2 === 1;
    const n = inkExtent(ras, { yMinMm: 0, yMaxMm: 210, xMinMm: 0, xMaxMm: 34 });
    expect(n, `landscape page ${i + 1} number`).not.toBeNull();
    expect(inkExtent(ras, { yMinMm: 0, yMaxMm: 210, xMinMm: 262, xMaxMm: 297 }), `landscape page ${i + 1}: nothing on the right edge`).toBeNull();
    expect(Math.abs(297 - (n!.left + n!.right) / 2 - 269)).toBeLessThanOrEqual(1.5);
    // Portrait odd numbers end 179 mm from the left edge (居右空一字); even ones start 33 mm from it (居左空一字).
    if (odd) expect(Math.abs(n!.bottom - 179), `page ${i + 1} number end`).toBeLessThanOrEqual(1);
    else expect(Math.abs(n!.top - 33), `page ${i + 1} number start`).toBeLessThanOrEqual(1);
    expect(inkExtent(ras, { yMinMm: 186, yMaxMm: 210 }), 'nothing below the landscape 版心').toBeNull();
    // The number as text: the page's own number between 一字线 (the PAGE field recomputed).
    const turned = p.lines.flatMap((l) => l.words).filter((w) => w.x1 < 34).sort((a, b) => a.y0 - b.y0).map((w) => w.text).join('');
    expect(turned, `landscape page ${i + 1} number text`).toBe(`—${i + 1}—`);
    numbers.push(turned);
  }
  return numbers;
}

describe('task table attachment (landscape)', () => {
  const r = () => out['tasksA']!;
  it('prints the 任务分解表 on landscape pages, header repeated, numbered at the portrait position [Std 8]', () => {
    checkLandscapePages(r());
  });

  it('the VML fallback of the landscape numbers alone (a reader without DrawingML shapes) prints them at the same place', () => {
    const fb = out['tasksFallback']!;
    expect(fb.pages.length).toBe(r().pages.length);
    expect(checkLandscapePages(fb)).toEqual(checkLandscapePages(r()));
    // Same ink box as the DrawingML text box, to a quarter millimetre.
    r().pages.forEach((p, i) => {
      if (portrait(p)) return;
      const band = { yMinMm: 0, yMaxMm: 210, xMinMm: 0, xMaxMm: 34 };
      const a = inkExtent(raster(r().pdf, i + 1), band)!;
      const b = inkExtent(raster(fb.pdf, i + 1), band)!;
      for (const k of ['left', 'right', 'top', 'bottom'] as const) expect(Math.abs(a[k] - b[k]), `page ${i + 1} ${k}`).toBeLessThanOrEqual(0.25);
    });
  });

  it('sizes columns by content: 完成时限 header on one line, each deadline on ≤ 2 lines, unit cells not spread', () => {
    const land = r().pages.filter((p) => !portrait(p));
    let deadlines = 0;
    for (const p of land) {
      const words = p.lines.flatMap((l) => l.words);
      const head = words.find((w) => w.text.includes('完成时'))!;
      expect(head.text, 'the 完成时限 header is one word on one line').toContain('完成时限');
      // The deadline column: words starting at or right of the header's left edge, below the header.
      const asLines = (ws: typeof words): Line[] => ws.map((w) => ({ words: [w], text: w.text, x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1 }));
      const cells = visualLines({ ...p, lines: asLines(words.filter((w) => w.x0 > head.x0 - 3 && w.y0 > head.y1)) }, 1.5);
      const groups: string[][] = [];
      for (const l of cells) {
        const text = l.text.replace(/\s/g, '');
        if (text.startsWith('2026') || !groups.length) groups.push([text]);
        else groups.at(-1)!.push(text);
      }
      for (const g of groups) {
        expect(g.join(''), `page deadline ${g.join('/')}`).toBe(DEADLINE);
        expect(g.length).toBeLessThanOrEqual(2);
      }
      deadlines += groups.length;
      // Left-aligned unit cells: no line of three or more single characters spread apart ("旗 交 通 运 输 局").
      const units = words.find((w) => w.text.includes('牵头'))!;
      for (const l of visualLines({ ...p, lines: asLines(words.filter((w) => w.x0 > units.x0 - 3 && w.x1 < head.x0 - 1 && w.y0 > head.y1)) }, 1.5)) {
        const runs = l.words.reduce((n, w, k, a) => n + (k && w.x0 - a[k - 1]!.x1 > 1 && [...w.text].length === 1 && [...a[k - 1]!.text].length === 1 ? 1 : 0), 0);
        expect(runs, `spread text "${l.text}"`).toBeLessThan(2);
      }
    }
    expect(deadlines).toBe(24);
  });

  it('table text is set on its own 18 pt lines, not the 28.95 pt body grid', () => {
    const { p } = r().pages.map((pp, i) => ({ p: pp, i })).find(({ p }) => !portrait(p))!;
    const gaps = bodyLines(p).map((l, k, a) => (k ? l.y1 - a[k - 1]!.y1 : 0)).filter((g) => g > 0);
    expect(gaps.some((g) => g > 5.5 && g < 7.5)).toBe(true);
  });

  it('ends with the 版记 on a portrait page: a wrapped 抄送 row of two lines, last rule on the 版心 bottom', () => {
    const last = r().pages.length;
    expect(portrait(r().pages[last - 1]!)).toBe(true);
    const rules = findRules(raster(r().pdf, last));
    expect(rules).toHaveLength(3);
    const pitch = (579 / 20) * (25.4 / 72);
    expect(Math.abs(rules[2]!.yMm - 262)).toBeLessThanOrEqual(1);
    expect(Math.abs(rules[2]!.yMm - rules[1]!.yMm - pitch)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(rules[1]!.yMm - rules[0]!.yMm - 2 * pitch)).toBeLessThanOrEqual(0.5);
    const copy = bodyLines(r().pages[last - 1]!).filter((l) => (l.y0 + l.y1) / 2 > rules[0]!.yMm && (l.y0 + l.y1) / 2 < rules[1]!.yMm);
    expect(copy).toHaveLength(2);
    expect(copy[0]!.text.startsWith('抄送：')).toBe(true);
    expect(copy[1]!.text.endsWith('。')).toBe(true);
    // Wrapped names align after 抄送： (3 字 of 4号 after the 1-字 indent).
    expect(Math.abs(copy[1]!.x0 - (28 + 4 * 4.94))).toBeLessThanOrEqual(0.8);
  });
});

describe('任务分解表 exported alone', () => {
  it('is all landscape pages with the title, a repeated header and turned page numbers', () => {
    const r = out['tasksOnly']!;
    expect(r.pages.length).toBeGreaterThanOrEqual(3);
    expect(r.pages.every((p) => !portrait(p))).toBe(true);
    expect(bodyLines(r.pages[0]!)[0]!.text).toBe('湛江市开展质量提升行动方案工作任务分解表');
    r.pages.forEach((p, i) => {
      expect(bodyLines(p).some((l) => l.text.includes('序号'))).toBe(true);
      const ras = raster(r.pdf, i + 1);
      // Odd and even turn the same way [Std 8]: the number on the sheet's left edge, lower half odd, upper even.
      const band = (i + 1) % 2 === 1 ? { yMinMm: 120, yMaxMm: 210 } : { yMinMm: 0, yMaxMm: 90 };
      expect(inkExtent(ras, { ...band, xMinMm: 0, xMaxMm: 34 }), `page ${i + 1} number`).not.toBeNull();
    });
  });
});
