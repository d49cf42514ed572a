import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';
import { DocNumber } from '../../../main/common/model/doc-number';
import { makeLine } from '../../../main/common/import/line';
import { splitRunTogether } from '../../../main/common/import/run-together-lines';

// Patterns behind the misses of blind round 8 (docs/import.md), in made-up texts of the same style.
describe('blind round 8 patterns', () => {
  it('a page whose paragraphs ran together on one line is split back; a rule in brackets right after the first unit', () => {
    const { plan, report } = load('blind8-run-together');
    expect(plan.meta.title).toBe('2023年重点工作责任分解');
    expect(plan.meta.signature).toBe('某县人民政府办公室');
    expect(plan.meta.date).toBe('2023-03-20');
    expect(plan.meta.note).toBe('(此件公开发布)');
    expect(plan.notice?.body.join('')).not.toMatch(/某县人民政府办公室|一、/);
    expect(plan.sections.map((s) => s.title)).toEqual(['张某县长牵头重点工作', '李某常务副县长牵头重点工作']);
    // "县发改局(首位单位为牵头单位,下同)、县财政局…": the first unit leads, here and in the measures after it.
    expect(measures(plan).map((i) => [i.leadUnits, i.supportUnits])).toEqual([
      [['县发改局'], ['县财政局', '县税务局']],
      [['县财政局'], []],
      [['县司法局'], ['县政府办公室']],
      [['县自然资源局'], ['各乡镇人民政府']],
    ]);
    expect(report.recognised.some((r) => /连成了一行/.test(r))).toBe(true);
  });

  it('a long measure whose （1）（2）（3） parts are set apart by spaces is not split (only 一、/1. numbers and units labels tell a run-together copy)', () => {
    const parts = '1.推进农村厕所革命,加快改造农村户用厕所,完善粪污收集处理设施,建立长效管护机制。主要包括: (1)新建改建户用卫生厕所5000户,同步建设粪污处理设施,推进厕所粪污资源化利用; (2)建设农村公共厕所50座,实现行政村全覆盖,落实专人管护; (3)开展问题厕所摸排整改,逐户建立台账,明确整改责任人和完成时间,年底前全部整改到位,整改情况纳入乡镇年度考核。(县农业农村局牵头,县卫生健康局、各乡镇人民政府配合)';
    expect(parts.length).toBeGreaterThan(200);
    expect(splitRunTogether([makeLine(parts)]).splits).toBe(0);
  });

  it('a page\'s 信息名称/发文序号 fields, an "展开" link, a count "(共计N项)" after the plan title; 牵头领导 and 完成时限 lines under a task', () => {
    const { plan } = load('blind8-page-fields');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('某政办发〔2023〕2号');
    expect(plan.notice?.title).toBe('关于印发《2023年区政府工作报告重点工作分工方案》的通知');
    expect(plan.meta.title).toBe('2023年区政府工作报告重点工作分工方案');
    // The leader is a person, not a unit: it does not part the task from its units line.
    expect(measures(plan).map((i) => [i.leadUnits, i.supportUnits, i.deadline])).toEqual([
      [['区政务服务局'], [], '2023年12月底'],
      [['区住房城乡建设委'], ['区规划分局'], '2023年6月底'],
    ]);
  });

  it('a dash between a 文号 and the notice title glued to it; "适老版-新" over the page is chrome', () => {
    const { plan } = load('blind8-dash-doc-number');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('某政办〔2019〕3号');
    expect(plan.notice?.title).toBe('区人民政府办公室关于印发2019年区《政府工作报告》确定的主要目标任务责任分解方案的通知');
    expect(measures(plan).map((i) => i.leadUnits)).toEqual([['区商务局']]);
  });

  it('a 印发 notice title over three lines is not over at a line ending in 报告', () => {
    const { plan } = load('blind8-notice-title-lines');
    expect(plan.notice?.title).toBe('某市某区人民政府办公室关于印发2021年区政府工作报告目标任务分解方案的通知');
    expect(plan.meta.title).toBe('2021年区政府工作报告目标任务分解方案');
  });

  it('a table handed over as the plan: its title ends at 分解表, its column headings set one a line are not title; "政府信息公开" is chrome', () => {
    const { plan } = load('blind8-table-title');
    expect(plan.meta.title).toBe('2023年区政府工作目标任务落实责任分解表');
    expect(plan.notice?.title).toBe('某区人民政府关于分解落实2023年区政府工作目标任务的通知');
    expect(plan.meta.preparedBy).toBeNull();
  });

  it('a bare numbered title naming whose duty a list sets out heads the list; an action title with its text is still a measure', () => {
    const { plan, report } = load('blind8-roster-title');
    const roster = items(plan).find((i) => text(i) === '约束性指标的责任部门');
    expect(roster?.role).toBe('point');
    // Since round 28 the paragraph under the title (and its units) is the titled task's text.
    expect(measures(plan).map((i) => text(i))).toContain('明确部门分工。各部门按职责抓好本领域任务落实,定期报送进展情况。');
    expect(report.guesses.some((g) => /责任清单的标题/.test(g.what))).toBe(true);
  });
});
