import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 66 (docs/import.md, blind round 66), in made-up texts of the same style.
describe('blind round 66 patterns (county 重点工作 责任分工 notices and a sharing site\'s preview of a 工作要点)', () => {
  it('a notice title written only in the page\'s 名称 field opens the notice; its "一是…" requirements are no tasks', () => {
    const { plan } = load('blind66-name-field-notice');
    expect(plan.notice?.title).toBe('区人民政府办公室关于印发2022年区《政府工作报告》确定的重点任务 办理责任分工的通知');
    expect(plan.meta.mainRecipients).toEqual(['各街道办事处', '区人民政府各部门、各直属机构']);
    expect(measures(plan)).toEqual([]);
  });

  it('run-in "一是…" paragraphs under a notice\'s own 一、二、 parts are its requirements, not tasks', () => {
    const { plan } = load('blind66-notice-run-in-requirements');
    expect(plan.notice?.title).toBe('区人民政府办公室关于印发2021年区政府重点工作 办理责任分工的通知');
    expect(measures(plan)).toEqual([]);
  });

  it('a preview\'s repeated file name gives way to the document\'s own title; a "YYYY年是" opening after it splits the line', () => {
    const { plan } = load('blind66-preview-file-name');
    expect(plan.meta.title).toBe('某县2023年河湖长制工作要点');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 7))).toEqual(['压实河湖长责任', '强化部门协作。', '开展清四乱行动']);
    expect(ms.map((m) => [m.leadUnits, m.supportUnits])).toEqual([
      [['县河长办'], ['各乡镇人民政府']], [['县河长办'], ['县公安局', '县检察院']], [['县水利局'], ['各乡镇人民政府']],
    ]);
  });
});
