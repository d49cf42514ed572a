import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import { composeDocx, composeSegments, exportContext } from '../../../main/common/docx/build-docx';
import { composePageModel } from '../../../main/common/docx/layout/compose-page-model';
import { segmentLayout } from '../../../main/common/docx/layout/document-layout';
import { flowBox } from '../../../main/common/docx/layout/flow-box';
import { textHeight } from '../../../main/common/docx/layout/page-height';
import { lineText } from '../../../main/common/docx/layout/page-model';
import { tablePieces } from '../../../main/common/docx/layout/table-pieces';
import { loadPlan } from './docx-kit';

const mmOf = (pt: number) => (pt * 25.4) / 72;

describe('page model', () => {
  const plan = loadPlan('small');
  plan.meta.copyTo = ['市委办公室'];
  plan.meta.printer = '某某县人民政府办公室';
  plan.meta.printDate = '2025-03-06';
  plan.meta.issuer ||= '某某县人民政府';

  it('has the pages of the .docx layout, numbered "— N —" odd right / even left, none on unnumbered pages', () => {
    for (const options of [{}, { redHead: true, taskTable: true }, { duplex: false }]) {
      const { layout } = composeDocx(plan, options);
      const model = composePageModel(plan, options);
      expect(model.pages.length).toBe(layout.pages);
      for (const page of model.pages) {
        if (layout.unnumberedPages.includes(page.number)) {
          expect(page.pageNumber).toBeNull();
          continue;
        }
        expect(lineText(page.pageNumber!)).toBe(`— ${page.number} —`);
        if (page.orientation === 'portrait') {
          const x = mmOf(page.pageNumber!.x);
          if (page.number % 2 === 1) expect(x).toBeGreaterThan(150);
          else expect(x).toBeCloseTo(28 + 4.94, 0); // 居左空一字 of 4号
        }
      }
    }
  });

  it('turns landscape numbers the same way on odd and even pages: on the sheet\'s left edge at the portrait position [Std 8]', () => {
    const big = loadPlan('seed-003-task-table');
    const model = composePageModel(big, { taskTable: true });
    const land = model.pages.filter((p) => p.orientation === 'landscape' && p.pageNumber);
    expect(new Set(land.map((p) => p.number % 2))).toEqual(new Set([0, 1]));
    for (const page of land) {
      const n = page.pageNumber!;
      expect(n.rotate).toBe(90);
      // The 一字线 7 mm below the portrait 版心 (269 mm) is x = 297 − 269 = 28 mm on the landscape page.
      expect(Math.abs(mmOf(n.x) - 28)).toBeLessThan(1.5);
      // Odd: ends 1 字 inside the 版心's right edge (portrait x 179 mm); even: starts 1 字 inside its left (33 mm).
      if (page.number % 2 === 1) expect(mmOf(n.y)).toBeGreaterThan(150);
      else expect(mmOf(n.y)).toBeCloseTo(33, 0);
    }
  });

  it('puts at most 22 body lines on a page, 28 字 to a full line, inside the 版心', () => {
    const model = composePageModel(plan, {});
    for (const page of model.pages) {
      const body = page.lines.filter((l) => l.runs[0]!.sizePt === 16);
      expect(body.length).toBeLessThanOrEqual(22);
      for (const l of page.lines) {
        expect(mmOf(l.y)).toBeGreaterThan(37);
        expect(mmOf(l.y)).toBeLessThan(262);
        expect(mmOf(l.x)).toBeGreaterThanOrEqual(28 - 0.01);
        const run = l.runs.at(-1)!;
        const end = l.x + run.dx + run.advances.slice(0, -1).reduce((a, b) => a + b, 0); // start of the last character
        expect(mmOf(end)).toBeLessThan(184.5);
      }
    }
    // Consecutive body lines sit one grid line (28.95 pt) apart.
    const p2 = model.pages[1]!.lines.filter((l) => l.runs[0]!.sizePt === 16).map((l) => l.y);
    for (let i = 1; i < p2.length; i++) expect(p2[i]! - p2[i - 1]!).toBeCloseTo(28.95, 1);
  });

  it('justifies full lines to the 版心 edge and leaves a paragraph\'s last line left-aligned', () => {
    const model = composePageModel(plan, {});
    const lines = model.pages.flatMap((p) => p.lines).filter((l) => l.runs.every((r) => r.sizePt === 16 && r.scale === 98));
    const ends = lines.map((l) => {
      const r = l.runs.at(-1)!;
      return { end: mmOf(l.x + r.dx + r.advances.reduce((a, b) => a + b, 0)), last: [...r.text].at(-1)! };
    });
    // Full, justified lines end exactly at 184 mm (156 mm from 28 mm); only hanging punctuation passes it.
    expect(ends.filter((e) => Math.abs(e.end - 184) < 0.05).length).toBeGreaterThan(2);
    for (const e of ends.filter((x) => x.end > 184.05)) expect('，。、；：？！.,').toContain(e.last);
    expect(ends.some((e) => e.end < 170)).toBe(true); // short last lines stay where their text ends
  });

  it('draws the 版记 on the 版记 page: thick rule at the 版心 bottom, 抄送 and 印发 lines above it', () => {
    const { layout } = composeDocx(plan, {});
    const page = composePageModel(plan, {}).pages[layout.imprintPage! - 1]!;
    const rules = page.rules.filter((r) => r.y0 === r.y1 && r.x1 - r.x0 > 400).map((r) => mmOf(r.y0));
    expect(Math.max(...rules)).toBeCloseTo(262, 1);
    const texts = page.lines.map(lineText);
    expect(texts.some((t) => t.startsWith('抄送：市委办公室'))).toBe(true);
    expect(texts.some((t) => t.startsWith('某某县人民政府办公室') && t.endsWith('印发'))).toBe(true);
  });

  it('lays tables row by row exactly where page-layout ends them', () => {
    const options = { redHead: true, taskTable: true };
    const ctx = exportContext(plan, options);
    let tables = 0;
    for (const seg of composeSegments(plan, ctx)) {
      const width = seg.orientation === 'landscape' ? ctx.style.page.landscapeTextWidth / 20 : 8844 / 20;
      const layout = segmentLayout(seg, ctx);
      seg.flows.forEach((flow, i) => {
        if (!flow.table) return;
        tables++;
        const box = flowBox(flow, ctx, width);
        if (box.kind !== 'table') throw new Error('not a table');
        const p = layout.placements[i]!;
        const { end } = tablePieces(box, { page: p.startPage, y: p.startY }, textHeight(ctx, seg.orientation));
        expect(end).toEqual({ page: p.endPage, y: p.endY });
      });
    }
    expect(tables).toBeGreaterThan(0);
  });

  it('centres what each cell of a split row has left in the row\'s later part, as LibreOffice draws it', () => {
    // Seed 004's 任务分解表: row 3 starts at the foot of page 17 and ends on page 18, where its 主要内容 has
    // 4 lines left and its 责任单位 8, the part's height. LibreOffice 7.4 draws them 36 pt apart (pdftotext).
    const parsed = parsePlanText(readFileSync(path.join(__dirname, '../../../seeds/004_c4e12caab4fdde4e.plan.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const page = composePageModel(parsed.value, { redHead: true, taskTable: true }).pages[17]!;
    const topOf = (start: string) => page.lines.find((l) => lineText(l).startsWith(start))!.y;
    const pitch = topOf('务质量统计监测') - topOf('生活性服务行业');
    expect(pitch).toBeGreaterThan(3);
    // (8 - 4) / 2 lines below the part's top against (8 - 8) / 2: two lines apart (top-aligned: none).
    expect((topOf('生活性服务行业') - topOf('中国农业银行')) / pitch).toBeCloseTo(2, 1);
  });
});
