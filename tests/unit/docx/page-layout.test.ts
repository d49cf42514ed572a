import { describe, expect, it } from 'vitest';
import { paginate, type Box, type LinesBox, type TableRowBox } from '../../../main/common/docx/layout/page-layout';

// Pagination rules, as LibreOffice applies them to the exported document (checked against renders in
// tests/render/page-layout-render.test.ts). A page of 22 lines: 22 × 579 = 12738 ≤ 12756 twips.
const H = 12756;
const para = (lines: number, more: Partial<LinesBox> = {}): LinesBox => ({ kind: 'lines', lines, line: 579, keepNext: false, pageBreakBefore: false, ...more });
const row = (lines: number, canSplit = true): TableRowBox => ({ lines, line: 360, padding: 90, canSplit });
const ends = (boxes: Box[], height = H) => paginate(boxes, height).placements.map((p) => `${p.startPage}:${p.startY / 579}-${p.endPage}:${p.endY / 579}`);

const cases: { name: string; input: Box[]; expected: { pages: number; lastUsed: number } }[] = [
  { name: '22 lines fill a page', input: [para(22)], expected: { pages: 1, lastUsed: 22 * 579 } },
  { name: 'the 23rd line opens page 2; paragraphs split anywhere (no widow control)', input: [para(21), para(2)], expected: { pages: 2, lastUsed: 579 } },
  { name: 'a page break before starts a new page', input: [para(1), para(1, { pageBreakBefore: true })], expected: { pages: 2, lastUsed: 579 } },
  { name: 'a page break before on a page top adds no page', input: [para(1, { pageBreakBefore: true })], expected: { pages: 1, lastUsed: 579 } },
  { name: 'a border adds its height after the last line', input: [para(1, { extra: 150 })], expected: { pages: 1, lastUsed: 729 } },
];

describe('paginate', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const r = paginate(input, H);
    expect({ pages: r.pages, lastUsed: r.lastUsed }).toEqual(expected);
  });

  it('a heading kept with the next paragraph moves with it when that one starts a new page', () => {
    expect(ends([para(21), para(1, { keepNext: true }), para(3)])).toEqual(['0:0-0:21', '1:0-1:1', '1:1-1:4']);
  });

  it('a kept paragraph moves whole, and so does a chain of them (blank line, 署名 before the date)', () => {
    expect(ends([para(18), para(3, { keepNext: true }), para(1, { keepNext: true }), para(1)])).toEqual(['0:0-0:18', '1:0-1:3', '1:3-1:4', '1:4-1:5']);
  });

  it('a kept paragraph keeps its lines together: one that would break over the page end starts the next page', () => {
    // LibreOffice (w:keepLines beside w:keepNext): seed 002's run-in （五） paragraph before the 落款 chain.
    expect(ends([para(20), para(5, { keepNext: true }), para(1)])).toEqual(['0:0-0:20', '1:0-1:5', '1:5-1:6']);
    // Taller than a page: it cannot stay together and breaks where it is.
    expect(ends([para(3), para(25, { keepNext: true }), para(1)])).toEqual(['0:0-0:3', '0:3-1:6', '1:6-1:7']);
  });

  it('a chain that already starts a page cannot move: the page breaks inside it', () => {
    expect(ends([para(22, { keepNext: true }), para(1)])).toEqual(['0:0-0:22', '1:0-1:1']);
  });

  it('the 版记 (a bottom box) stays on the page when it fits above the 版心 bottom, else moves and pulls kept text', () => {
    const bottom: Box = { kind: 'bottom', height: 2 * 579 + 20, limit: H };
    expect(paginate([para(19), bottom], H).pages).toBe(1);
    expect(paginate([para(20), bottom], H).pages).toBe(2);
    expect(ends([para(18), para(2, { keepNext: true }), bottom])).toEqual(['0:0-0:18', '1:0-1:2', `1:2-1:${H / 579}`]);
  });

  it('a table repeats its header on every page and splits rows at line boundaries', () => {
    // Landscape 版心: 8845 twips. Header 2 lines (810), rows of 10 lines (3690) each.
    const table: Box = { kind: 'table', header: row(2), rows: [row(10), row(10), row(10)] };
    const r = paginate([table], 8845);
    // page 0: 810 + 3690 + 3690 = 8190; row 3 splits: one line (360 + 90) fits, 9 lines go on under the header.
    expect(r.pages).toBe(2);
    expect(r.lastUsed).toBe(810 + 9 * 360 + 90);
  });

  it('a row that may not split goes to the next page whole', () => {
    const table: Box = { kind: 'table', header: row(2), rows: [row(10, false), row(10, false), row(10, false)] };
    const r = paginate([table], 8845);
    expect(r.pages).toBe(2);
    expect(r.lastUsed).toBe(810 + 3690);
  });
});
