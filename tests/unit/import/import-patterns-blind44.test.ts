import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 44 (docs/import.md, blind round 44), in made-up texts of the same style.
describe('blind round 44 patterns (county and city departments\' own plans)', () => {
  it('a department\'s extract of a 分解表 set one cell a line: empty part rows in a row, row numbers that jump', () => {
    const { plan } = load('blind44-extract-table-cells');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['推进县人民医', '实施基层医疗', '新增托位20']);
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['县卫健委', '县发改委', '县自然资源局'],
      ['县卫健委', '各乡镇人民政府'],
      ['县卫健委', '县教育局', '县妇联'],
    ]);
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 8))).toEqual(['城乡居民人均可支']);
  });

  it('"主要责任单位 | 协同配合单位": headings opening with a role (主要, 协同) name columns, not organs', () => {
    const { plan } = load('blind44-role-headed-columns');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['区民政局'], ['区民政局']]);
    expect(measures(plan).map((m) => m.supportUnits)).toEqual([['区财政局', '各街道办事处'], ['区财政局']]);
  });

  it('a task part holding one paragraph of tasks beside parts of numbered tasks is one task, titled by the part', () => {
    const { plan } = load('blind44-lone-paragraph-part');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['强化党建引领,锻', '深化登记注册便利', '强化信用监管。全']);
  });
});
