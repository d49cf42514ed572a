import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 76 (docs/measurements/blind76-notes.md), in made-up texts of the same style.
describe('blind round 76 patterns (a city 卫健委 plan page from a policy-QA app’s saved sources)', () => {
  it('a group of the task part titled "完善服务保障机制" holds tasks; "完善工作保障机制" stays the safeguards', () => {
    const { plan } = load('blind76-secured-area-group');
    expect(measures(plan).map((m) => text(m).split('。')[0])).toEqual([
      '有序增加服务站点', '壮大服务人员队伍', '丰富服务内容', '强化质量监管',
      '明确服务收费机制', '建立健全激励机制', '发挥医保支持作用',
    ]);
    expect(items(plan).filter((i) => i.role === 'measure' && text(i).startsWith('加强统筹协调'))).toEqual([]);
  });

  it('an annex task row whose 主要内容 runs over sub-rows under merged 序号/工作事项 cells gives the task all their units', () => {
    const { plan } = load('blind76-merged-task-sub-rows');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual(['扩大设施供给', '推动设施开放', '加强设施管护']);
    expect([...ms[0]!.leadUnits, ...ms[0]!.supportUnits]).toEqual(['各区政府', '市自然资源局', '市体育局', '市住房城乡建设局']);
    expect(ms[1]!.leadUnits).toEqual(['市体育局']);
    expect(ms[2]!.leadUnits).toEqual(['各区政府']);
  });

  it('safeguards the annex task table gives units of their own are tasks; the site footer under it is chrome', () => {
    const { plan, report } = load('blind76-annex-units-safeguards');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual(['扩大设施供给', '推动设施开放', '加强设施管护', '加强组织领导', '加强宣传引导']);
    expect([...ms[4]!.leadUnits, ...ms[4]!.supportUnits]).toEqual(['市委宣传部', '市体育局']);
    expect(report.droppedLines).toContain('发布');
  });
});
