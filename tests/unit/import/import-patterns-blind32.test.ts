import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 32 (docs/import.md, blind round 32), in made-up texts of the same style.
describe('blind round 32 patterns (tables of contents)', () => {
  it('a 预案\'s contents under its title, entries with leader dots and page numbers and no "目 录": no measures', () => {
    const { plan } = load('blind32-contents-entries');
    expect(plan.meta).toMatchObject({ title: '某县某镇森林火灾应急预案', signature: '某县某镇人民政府', date: '2025-04-10' });
    expect(measures(plan)).toEqual([]);
  });

  it('"目 录" over "一、总体要求·····1" entries before the parts: the tasks are the body\'s, not the entries', () => {
    const { plan } = load('blind32-contents-before-parts');
    expect(plan.meta.title).toBe('某县2025年城乡环境整治提升行动实施方案');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['整治集镇环境', '提升农村生活']);
    expect(plan.sections.map((s) => s.title)).toEqual(['总体要求', '重点任务', '保障措施']);
  });
});
