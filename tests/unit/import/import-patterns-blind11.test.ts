import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');
const units = (plan: Parameters<typeof items>[0]) => measures(plan).map((m) => [m.leadUnits, m.supportUnits]);

// Patterns behind the misses of blind round 11 (docs/import.md), in made-up texts of the same style.
describe('blind round 11 patterns', () => {
  it('a row of empty cells is chrome; a 主送 that lost its colon under the notice title is the 主送, not joined to the text', () => {
    const { plan, report } = load('blind11-bare-recipients');
    expect(plan.meta.title).toBe('区人民政府办公室关于分解落实2023年《政府工作报告》的通知');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2023, serial: 3 });
    expect(plan.meta.mainRecipients).toEqual(['各镇人民政府、街道办事处', '区直各单位']);
    expect(measures(plan)).toEqual([]);
    expect(report.guesses.some((g) => /虽无冒号，按主送机关读取/.test(g.what))).toBe(true);
  });

  it('"(责任单位:A牵头,B、C等有关部门参加,D落实)": the clauses under one label give the roles; "各乡镇", "各镇街" are units', () => {
    const { plan } = load('blind11-labelled-clauses');
    expect(units(plan)).toEqual([
      [['县农业农村局'], ['县财政局', '县水利局', '有关部门', '各乡镇']],
      [['县农业农村局'], ['县自然资源局', '各镇街']],
    ]);
  });

  it('a byline whose source runs into the notice text is split from it: the notice\'s 一、二、三、 are its own requirements', () => {
    const { plan } = load('blind11-glued-byline');
    expect(plan.notice?.title).toBe('区人民政府办公室关于印发2022年区《政府工作报告》确定的重点工作责任分解方案的通知');
    expect(plan.meta.title).toBe('2022年区《政府工作报告》确定的重点工作责任分解方案');
    expect(measures(plan)).toEqual([]);
    expect(JSON.stringify(plan.notice?.body)).toContain('2022年是实施');
    expect(JSON.stringify(plan.notice?.body)).not.toContain('文章来源');
  });

  it('a page title closed by its site\'s name is whole, the name dropped; a site byline ending "【字体:" is not the 主送', () => {
    const { plan } = load('blind11-site-title');
    expect(plan.meta.title).toBe('某省人民政府关于落实《政府工作报告》重点工作部门分工的意见');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政发', year: 2020, serial: 2 });
    expect(plan.meta.mainRecipients).toEqual(['省直各有关单位']);
    expect(targets(plan).map((t) => text(t).slice(0, 6))).toEqual(['主要预期目标']);
    expect(measures(plan).map((m) => [m.leadUnits, m.supportUnits])).toEqual([[['省发展改革委'], ['省工业和信息化厅']]]);
  });

  it('with no notice title in the text, the page\'s 标题 field naming a notice is the notice title', () => {
    const { plan, report } = load('blind11-metadata-notice-title');
    expect(plan.notice?.title).toBe('某市某区人民政府办公室关于印发2021年政府工作报告重点工作任务分解表的通知');
    expect(plan.meta.title).toBe('某区2021年度政府工作报告重点工作任务分解表');
    expect(report.warnings.some((w) => /原文没有通知标题/.test(w))).toBe(false);
  });

  it('a notice without 署名 or date ends at the title right above 一、; a run-in targets title after its year is a target', () => {
    const { plan } = load('blind11-notice-without-signature');
    expect(plan.meta.title).toBe('《政府工作报告》重点工作责任分解');
    expect(plan.meta.mainRecipients).toEqual(['各市、州、县人民政府', '省政府各部门']);
    expect(JSON.stringify(plan.notice?.body)).toContain('进行责任分解');
    expect(targets(plan).map((t) => text(t).slice(0, 14))).toEqual(['2019年发展的主要预期目标']);
    expect(measures(plan).map((m) => [text(m).slice(0, 8), m.leadUnits, m.supportUnits])).toEqual([['强化产业项目建设', ['省发展改革委'], ['省经济和信息化厅']]]);
  });
});
