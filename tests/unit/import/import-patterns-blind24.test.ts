import { describe, expect, it } from 'vitest';
import { load, measures } from './pattern-fixtures';

// Patterns behind the misses of blind round 24 (docs/measurements/blind24-notes.md: real Word 97–2003 .doc
// files), in made-up texts of the same style as the .doc reader gives them (a table row as "cell | cell |").
describe('blind round 24 patterns (tables)', () => {
  it('"序号 | 单位名称 | 单位性质": a table listing units assigns nothing, its rows are no measures', () => {
    const { plan } = load('blind24-unit-list-table');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.title.replace(/\s/g, '')).toBe('某县某镇教育指导中心2015年度部门决算');
  });
});
