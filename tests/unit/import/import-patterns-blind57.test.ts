import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 57 (docs/import.md, blind round 57), in made-up texts of the same style.
describe('blind round 57 patterns (Shanghai district plans from the policy index)', () => {
  it('"相关部门：A、B等。" on a line of its own closes a task with its units', () => {
    const { plan } = load('blind57-related-units-line');
    expect(measures(plan).map((m) => text(m).slice(0, 9))).toEqual(['排摸底数，建立台账', '分类施策，推进整治']);
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区建设管理委', '区城管执法局', '各街道'],
      ['属地街道', '区绿容局', '区公安分局'],
    ]);
  });

  it('a group titled on its line over several paragraphs closed by one units line is one task', () => {
    const { plan } = load('blind57-group-paragraphs-units');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 9))).toEqual(['全面普查，建立档案', '分批改造，长效管理']);
    expect(text(ms[0]!)).toContain('每年更新管网档案');
    expect([...ms[0]!.leadUnits, ...ms[0]!.supportUnits]).toEqual(['区水务局', '区建设管理委', '属地街镇']);
  });

  it('a class of places narrowed by a qualifier ("相关沿江街镇") is a unit in a closing note', () => {
    const { plan } = load('blind57-qualified-place-class');
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区绿化市容局', '相关沿江街镇'],
      ['相关沿江街镇', '各岸段管理单位'],
    ]);
  });

  it('a 目标 part\'s numbered lines closed by a full stop are its targets, figure or not', () => {
    const { plan } = load('blind57-aim-lines');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t).slice(0, 8))).toEqual(['住宅小区违法行为', '住宅小区管执联动']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['建立会商机制', '加强普法宣传']);
  });
});

describe('blind round 57 patterns (a division-of-work part)', () => {
  it('a 任务分工 part whose items each open with an organ as subject is no task list when tasks follow', () => {
    const { plan } = load('blind57-duty-division');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['强化隐患排查', '推进隐患清零']);
  });
});
