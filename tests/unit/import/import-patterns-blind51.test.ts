import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 51 (docs/import.md, blind round 51), in made-up texts of the same style.
describe('blind round 51 patterns (task decomposition tables as text)', () => {
  it('a 【】 column label glued before a notice title is the page\'s, not the title\'s', () => {
    const { plan } = load('blind51-column-label-title');
    expect(plan.meta.title).toBe('某县人民政府关于2022年县政府重点工作及责任分解的通知');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['县农业农村局'], ['县农业农村局']]);
  });

  it('a progress table set one cell a line with 是否达序/说明 columns, whose rows lost their merged 主要任务 cell', () => {
    const { plan } = load('blind51-progress-table-lost-lead');
    expect(plan.meta.title).toBe('2024年县政府为民办实事项目推进情况(1-9月)');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['改造提升城区公厕', '新建口袋公园6个', '新增公共停车泊位']);
    expect(ms.map((m) => m.leadUnits)).toEqual([['城管局'], ['城管局'], ['公安局']]);
    expect(ms.map((m) => m.supportUnits)).toEqual([['住建局', '各街道'], ['自然资源局', '相关街道'], ['城管局', '住建局']]);
    // A row's 说明 is its own: the third row, which has none, does not take the second's.
    expect(text(ms[2]!)).not.toContain('征地');
  });

  it('a gazette\'s 责任分工 table with no 序号 column, its tasks numbered in their cells and its group columns shown once', () => {
    const { plan } = load('blind51-gazette-numbered-cells');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 8))).toEqual(['对不裁员或少裁员', '对吸纳登记失业人']);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['市人社局', '市财政局', '各县、市、区政府'],
      ['市人社局', '各县、市、区政府', '某市高新区管委会'],
    ]);
  });

  it('a sharing site\'s "《X.docx》由会员分享" line under the file name makes X the title', () => {
    const { plan } = load('blind51-shared-file-title');
    expect(plan.meta.title).toBe('2022年县城市管理重点工作任务清单');
    expect(measures(plan)).toHaveLength(2);
  });
});
