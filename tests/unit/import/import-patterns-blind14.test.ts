import { describe, expect, it } from 'vitest';
import { load, items, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [m.leadUnits, m.supportUnits]);
const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 14 (docs/import.md), in made-up texts of the same style.
describe('blind round 14 patterns', () => {
  it('a 征求意见 notice without 主送 under "搜索", "日期:", "字号:" chrome ends at a date that lost its 年月日; a last "(一)…。" line is a cut measure', () => {
    const { plan, report } = load('blind14-consultation-notice');
    expect(report.droppedLines).toEqual(expect.arrayContaining(['搜索', '字号:']));
    expect(plan.notice?.title.replace(/\s/g, '')).toBe('某县商务局关于《某县促进夜间经济发展若干措施(征求意见稿)》公开征求意见的通知');
    expect(plan.meta).toMatchObject({ signature: '某县商务局', date: '2023-06-12', mainRecipients: [] });
    expect(plan.meta.title).toBe('某县促进夜间经济发展若干措施(征求意见稿)');
    expect(starts(plan, 8)).toEqual(['建设特色夜市街区']);
    expect(plan.sections[0]!.sections).toEqual([]);
  });

  it('"无标题文档" and a "政府文件" column line are chrome; a heading "文号+plan name…的通知" gives way to the notice title with its organ', () => {
    const { plan, report } = load('blind14-heading-without-organ');
    expect(report.droppedLines).toContain('无标题文档');
    expect(plan.notice?.title).toBe('某市人民政府办公室关于印发某市推进城乡供水一体化实施细则的通知');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2022, serial: 12 });
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府(街道办事处)', '市政府有关部门']);
  });

  it('metadata pairs without colons ("文号 … 是否有效", "公开程序 … 公开时限 长期公开"), a "规范性文件" category line, a title that lost its "("', () => {
    const { plan } = load('blind14-spaced-metadata');
    expect(plan.notice?.title).toBe('关于印发《某区农村公路养护实施方案(2023年)》的通知');
    expect(plan.meta.title).toBe('某区农村公路养护实施方案(2023年)');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某府办发', year: 2023, serial: 30 });
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '区直有关单位']);
  });

  it('an annex table set one cell a line with a caption cell and 建设地点/年度投资金额 columns: the caption is the title, the rows measures', () => {
    const { plan } = load('blind14-project-table');
    expect(plan.meta.title).toBe('某县2023年十件民生实事项目清单');
    expect(starts(plan)).toEqual(['城区学校运动', '老旧小区改造', '农村公路安防']);
    expect(units(plan)).toEqual([[['教体局'], []], [['住建局'], []], [['交通局'], []]]);
  });

  it('a news copy takes its title from the lead ("印发《X》，全文如下"); "一、工作目标。到2024年，完成12项…" is a target', () => {
    const { plan, report } = load('blind14-news-lead');
    expect(plan.meta.title).toBe('某省农田水利提升行动方案');
    expect(report.guesses.some((g) => g.what.includes('导语'))).toBe(true);
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 10))).toEqual(['到2024年,完成1']);
    expect(starts(plan, 4)).toEqual(['实施灌区', '推进小型']);
  });
});
