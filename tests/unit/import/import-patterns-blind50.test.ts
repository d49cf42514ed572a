import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 50 (docs/measurements/blind50-notes.md), in made-up texts of the same style.
describe('blind round 50 patterns (western provinces: county and city plans)', () => {
  it('a notice title quoting a slogan with a comma ("“抓项目,促发展”") over a page date "2021-05-12" is the notice title', () => {
    const { plan } = load('blind50-slogan-title-page-date');
    expect(plan.notice?.title).toBe('某州人民政府办公室关于印发在全州开展“抓项目,促发展”百日攻坚行动实施方案的通知');
    expect(plan.meta.docNumber).toMatchObject({ year: 2021, serial: 36 });
    expect(plan.meta.signature).toBe('某州人民政府办公室');
    expect(plan.meta.date).toBe('2021-05-10');
    expect(plan.meta.title).toBe('关于在全州开展“抓项目,促发展”百日攻坚行动实施方案');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加快项目前期', '强化要素保障']);
  });
});
