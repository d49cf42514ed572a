import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 56 (docs/import.md, blind round 56), in made-up texts of the same style.
describe('blind round 56 patterns (northern county, district and city plans)', () => {
  it('a 分解表 set one cell a line with no 序号 column, the number inside the task cell: rows read by their numbers', () => {
    const { plan } = load('blind56-numbered-task-cells');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['谋划储备一批', '加快老旧小区', '推进商贸街区']);
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区发展改革局', '区财政局', '区住建局'],
      ['区住建局', '区城管局', '各街道办事处'],
      ['区商务局', '区市场监管局', '各街道办事处'],
    ]);
  });

  it('a run-in-titled paragraph under a group is a task even when the copy stops a few words in', () => {
    const { plan } = load('blind56-short-run-in-task');
    expect(measures(plan).map((m) => text(m))).toEqual([expect.stringContaining('谋划储备项目。')]);
  });

  it('a notice with no 主送 handing over a plan not in the text: its titled 一、二、三、 parts are requirements, not tasks', () => {
    const { plan } = load('blind56-notice-only-titled-parts');
    expect(plan.meta.title).toBe('2024年市政府工作报告重点工作任务分工方案');
    expect(measures(plan)).toEqual([]);
  });

  it('a 主送 that lost its colon and closing bracket over "X已经县政府同意，现印发给你们" is read; "…任务分工" is the plan', () => {
    const { plan } = load('blind56-colonless-recipients-approval');
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '县经济开发区管委会', '县政府各部门(单位']);
    expect(plan.notice?.title).toBe('某县人民政府办公室关于印发《政府工作报告》重点工作任务分工的通知');
    expect(plan.meta.title).toBe('《政府工作报告》重点工作任务分工');
    expect(measures(plan)).toEqual([]);
  });
});
