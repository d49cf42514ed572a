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

describe('blind round 24 patterns (titles)', () => {
  it('"…评估标准（试行）" repeated over its table: the bracket is the document\'s standing, not a unit, and no measure', () => {
    const { plan } = load('blind24-standing-title');
    expect(plan.meta.title).toBe('某县规范化托育机构评估标准（试行）');
    expect(measures(plan)).toEqual([]);
  });
});
