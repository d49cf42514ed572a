import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Descendant } from 'slate';
import { SectionSize } from '../../../renderer/src/editor/section-size';

// A page of 28 characters a line, as GB/T 9704 sets the printed one (the screen's is 27: the last test).
const page = { charsPerLine: 28, linePx: 38.6 };
const p = (text: string) => ({ type: 'paragraph', children: [{ text }] }) as unknown as Descendant;

describe('SectionSize', () => {
  it('counts a paragraph as its lines of 28 with the first two characters indented', () => {
    expect(SectionSize.lines([p('')], page)).toBe(1);
    expect(SectionSize.lines([p('字'.repeat(26))], page)).toBe(1);
    expect(SectionSize.lines([p('字'.repeat(27))], page)).toBe(2);
    expect(SectionSize.lines([p('字'.repeat(26)), p('字'.repeat(100))], page)).toBe(1 + 4);
  });

  it('adds an item label and its units notation to its text', () => {
    const bare = { type: 'item', leadUnits: [], supportUnits: [], children: [{ text: '字'.repeat(23) }] } as unknown as Descendant;
    const withUnits = { ...bare, leadUnits: ['县市场监督管理局'], supportUnits: ['县发展和改革局'] } as unknown as Descendant;
    // 23 + a 3-character label fills one line; the notation (8) and 16 characters of names make it two.
    expect(SectionSize.lines([bare], page)).toBe(1);
    expect(SectionSize.lines([withUnits], page)).toBe(2);
  });

  it('makes a table row as tall as its fullest cell, each cell its share of the line', () => {
    const cell = (text: string) => ({ type: 'table-cell', children: [p(text)] });
    const table = {
      type: 'table',
      children: [
        { type: 'table-row', children: [cell('序号'), cell('任务'), cell('单位'), cell('时限')] },
        { type: 'table-row', children: [cell('1'), cell('字'.repeat(30)), cell('县局'), cell('2026年')] },
      ],
    } as unknown as Descendant;
    // 7 characters a cell: the 30-character task takes ceil(32 / 7) = 5 lines.
    expect(SectionSize.lines([table], page)).toBe(1 + 5);
  });

  it('gives the section its heading and at least one body line, in px', () => {
    expect(SectionSize.px('一、指导思想', [], page)).toBe(Math.round(2 * 38.6));
    expect(SectionSize.px('', [p('字'.repeat(60))], page)).toBe(Math.round(3 * 38.6));
  });

  it('takes the page as styles.css draws it', () => {
    const css = readFileSync(new URL('../../../renderer/src/styles.css', import.meta.url), 'utf8');
    const page = /^\.page \{([^}]*)\}/m.exec(css)![1]!;
    const mm = (v: string) => Number(/([\d.]+)mm/.exec(v)![1]);
    const [top, right, bottom, left] = /padding: ([^;]+);/.exec(page)![1]!.split(' ').map(mm);
    expect([top, bottom]).toHaveLength(2);
    const text = mm(/width: ([^;]+);/.exec(page)![1]!) - right! - left!;
    const fontPt = Number(/font-size: ([\d.]+)pt/.exec(page)![1]);
    const linePt = Number(/line-height: ([\d.]+)pt/.exec(page)![1]);
    expect(SectionSize.PAGE.charsPerLine).toBe(Math.floor(((text / 25.4) * 72) / fontPt));
    expect(SectionSize.PAGE.linePx).toBeCloseTo((linePt * 96) / 72);
  });
});
