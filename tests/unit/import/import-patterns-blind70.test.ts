import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 70 (docs/import.md, blind round 70), in made-up texts of the same style.
describe('blind round 70 patterns (district 重点工作安排 and 实施方案 from the Shanghai index)', () => {
  it('a run-in task titled "强化目标责任落实。" (the 目标责任制) is a task, not an aim without a figure', () => {
    const { plan } = load('blind70-target-duty-task');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual([
      '健全用水定额管理', '推进计划用水管理', '强化目标责任落实', '加强节水宣传教育',
    ]);
    expect(items(plan).filter((i) => i.role === 'target')).toEqual([]);
  });

  it('"区管重点企业" after the organs of a 主送 written with 、 only is a recipient of its own', () => {
    const { plan } = load('blind70-area-managed-enterprises');
    expect(plan.meta.mainRecipients).toEqual(['区政府各部门', '各街道办事处', '某某镇政府', '区管重点企业']);
  });

  it('a group heading over three paragraphs, the last closed by one 责任单位 note, is one task with all three', () => {
    const { plan } = load('blind70-group-paragraphs-note');
    const ms = measures(plan);
    expect(ms).toHaveLength(2);
    expect(text(ms[0]!)).toContain('依托区人才专项计划');
    expect(text(ms[0]!)).toContain('开展数字技能专项培训');
    expect([...ms[0]!.leadUnits, ...ms[0]!.supportUnits]).toEqual(['区科技经济委', '区人力资源社会保障局', '区委党校']);
  });
});
