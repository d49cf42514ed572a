import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');

// Patterns behind the misses of blind round 9 (docs/import.md), in made-up texts of the same style.
describe('blind round 9 patterns', () => {
  it('tables set one cell a line are set back by their row numbers: a targets table gives targets, a task table measures', () => {
    const { plan, report } = load('blind9-cell-lines');
    expect(plan.meta.date).toBe('2023-01-16');
    expect(targets(plan).map((t) => [text(t), t.leadUnits])).toEqual([
      ['地区生产总值增长6%左右。', ['区发展改革委']],
      ['社会消费品零售总额增长7%左右。', ['区商务委']],
      ['空气质量完成年度目标任务。', ['区生态环境局']],
    ]);
    // A task cell of two paragraphs is one cell: its sentence is the measure's text, not its lead unit.
    expect(measures(plan).map((m) => [text(m), m.leadUnits, m.supportUnits])).toEqual([
      ['建设智慧城市运行中心。整合城市管理、应急、交通等数据资源,建成区级城市运行管理平台,实现一屏统览、一网统管。', ['区大数据局'], ['区城市管理局', '区应急局']],
      // The empty 配合单位 cell was lost in the copy: the next number closes the row.
      ['推进老旧小区改造。', ['区住房城乡建委'], []],
      ['新建社区养老服务站10个。', ['区民政局'], ['各街道办事处']],
    ]);
    expect(report.recognised.some((r) => /一格一行/.test(r))).toBe(true);
  });

  it('a table set one cell a line with "|" after each cell, group rows between its rows; a leader is no unit', () => {
    const { plan } = load('blind9-cell-lines-bars');
    expect(plan.meta.title).toBe('2023年政府工作报告目标任务分解表');
    // A row with a figure under a group row titled …目标 is a target; the leader's cell is kept as data.
    expect(targets(plan).map((t) => [text(t), t.leadUnits, t.supportUnits])).toEqual([['地区生产总值增长7%。分管县领导：张某。', ['县发改委'], ['县统计局']]]);
    expect(measures(plan).map((m) => [text(m), m.leadUnits, m.supportUnits])).toEqual([
      ['新建标准厂房10万平方米,引进规上工业企业5家。分管县领导：李某。', ['县经信局'], ['县各有关单位']],
      // The empty 责任单位 cell of the last row was lost in the copy.
      ['办好第五届农民丰收节。分管县领导：王某。', ['县农业农村局'], []],
    ]);
  });

  it('a notice title quoting 《政府工作报告》 inside the plan\'s name: the plan is the one the hands-over sentence quotes', () => {
    const { plan } = load('blind9-notice-quotes-report');
    expect(plan.notice?.title).toBe('区人民政府办公室关于印发2023年区《政府工作报告》目标任务责任分解方案的通知');
    expect(plan.meta.title).toBe('2023年区《政府工作报告》任务责任分解方案');
  });

  it('a "|" table that lost its merged cells: rows take the project and units of the row above; 责任领导 is no units column; (一) after the title; a cut last row', () => {
    const { plan } = load('blind9-merged-cells');
    expect(plan.meta.title).toBe('某区2023年度民生工程目标任务分解表');
    expect(measures(plan).map((m) => [text(m).replace(/ .*$/, ''), m.leadUnits, m.supportUnits])).toEqual([
      ['就业促进工程。促进城乡劳动者就业创业。分解情况：城镇新增就业人数(人)', ['区人社局'], []],
      ['就业促进工程。促进城乡劳动者就业创业。分解情况：城镇失业人员再就业(人)', ['区人社局'], []],
      ['教育惠民工程。改善办学条件。分解情况：新建改建校舍(平方米)', ['区教育局'], []],
      // The last row, cut off in the copy, lost its closing "|".
      ['教育惠民工程。改善办学条件。分解情况：维修校舍(处)', ['区教育局'], []],
    ]);
  });
});
