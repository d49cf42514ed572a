import { describe, expect, it } from 'vitest';
import { composeDocx } from '../../../main/common/docx/build-docx';
import { imprintPlacement, type ImprintPlacement, type TextEnd } from '../../../main/common/docx/layout/imprint-placement';
import { all, exportParts, loadPlan } from './docx-kit';

// GB/T 9704 7.4.1 + 6.2 (the 版记 on the last face, an even page when printed on both sides) and 7.5
// (a blank page before the 版记 page: neither numbered).
const cases: { input: TextEnd & { duplex: boolean }; expected: ImprintPlacement }[] = [
  { input: { page: 2, fits: true, landscape: false, duplex: true }, expected: 'same-page' },
  { input: { page: 2, fits: false, landscape: false, duplex: true }, expected: 'after-blank-page' },
  { input: { page: 3, fits: true, landscape: false, duplex: true }, expected: 'next-page' },
  { input: { page: 3, fits: false, landscape: false, duplex: true }, expected: 'next-page' },
  { input: { page: 4, fits: false, landscape: true, duplex: true }, expected: 'after-blank-page' },
  { input: { page: 5, fits: false, landscape: true, duplex: true }, expected: 'next-page' },
  { input: { page: 3, fits: true, landscape: false, duplex: false }, expected: 'same-page' },
  { input: { page: 3, fits: false, landscape: false, duplex: false }, expected: 'same-page' },
  { input: { page: 3, fits: false, landscape: true, duplex: false }, expected: 'next-page' },
];

describe('imprintPlacement', () => {
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(imprintPlacement(input, input.duplex)).toBe(expected);
  });
});

/** The small plan grown by `extra` one-line paragraphs at the end. */
function grown(extra: number) {
  const plan = loadPlan('small');
  plan.attachments = [];
  for (let i = 0; i < extra; i++) plan.closing.push({ type: 'paragraph', children: [{ text: `补充段落${i + 1}。` }] });
  return plan;
}

describe('the 版记 constructs in the .docx', () => {
  it('after a blank page: a section of its own with empty footers, a blank page and a page break', async () => {
    const k = Array.from({ length: 30 }, (_, i) => i).find((n) => composeDocx(grown(n)).layout.unnumberedPages.length > 0)!;
    expect(k).toBeDefined();
    const { layout } = composeDocx(grown(k));
    expect(layout.unnumberedPages).toEqual([layout.pages - 1, layout.pages]);
    const p = await exportParts(grown(k));
    const sections = all(p['word/document.xml']!, /(<w:sectPr>[\s\S]*?<\/w:sectPr>)/);
    expect(sections).toHaveLength(2);
    expect(sections[1]).toContain('<w:type w:val="nextPage"/>');
    // Its footers are empty: no PAGE field in the last two footer parts.
    const ids = all(sections[1]!, /<w:footerReference w:type="(?:default|even)" r:id="(rId\d+)"\/>/);
    const rels = p['word/_rels/document.xml.rels']!;
    for (const id of ids) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      expect(p[`word/${target}`]).not.toContain('PAGE');
    }
    expect(p['word/document.xml']).toMatch(/<w:pageBreakBefore\/>[\s\S]*GwImprint[\s\S]*<\/w:body>/);
  });

  it('alone on the next even page: an even-page section break, numbered as usual', async () => {
    const k = Array.from({ length: 40 }, (_, i) => i).find((n) => {
      const l = composeDocx(grown(n)).layout;
      return l.segmentStarts.length === 2 && l.unnumberedPages.length === 0;
    })!;
    expect(k).toBeDefined();
    const doc = (await exportParts(grown(k)))['word/document.xml']!;
    const sections = all(doc, /(<w:sectPr>[\s\S]*?<\/w:sectPr>)/);
    expect(sections[1]).toContain('<w:type w:val="evenPage"/>');
    expect(composeDocx(grown(k)).layout.pages % 2).toBe(0);
  });

  it('one-sided printing never adds a page for the 版记', () => {
    for (let n = 0; n < 40; n += 3) {
      const l = composeDocx(grown(n), { duplex: false }).layout;
      expect(l.segmentStarts).toEqual([1]);
      expect(l.unnumberedPages).toEqual([]);
      expect(l.imprintPage).toBe(l.pages);
    }
  });
});
