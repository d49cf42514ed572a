import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 28 (docs/measurements/blind28-notes.md), in made-up texts of the same style.
describe('blind round 28 patterns (parts that are not tasks)', () => {
  it('"范围定义" facts and the faults listed under "整治内容" are not measures; the 工作措施 are', () => {
    const { plan } = load('blind28-scope-and-faults');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['全面摸清底数', '对缺失警示标', '对损坏的护栏']);
    expect(items(plan).some((i) => text(i).startsWith('急弯陡坡') && i.role === 'measure')).toBe(false);
  });
});

describe('blind round 28 patterns (titled tasks)', () => {
  it('"1.强化区级主体责任" over paragraphs and a units line (or a note closing the last paragraph): one titled task with those units', () => {
    const { plan } = load('blind28-titled-tasks');
    const ms = measures(plan);
    expect(ms.map((m) => Item.leadText(m))).toEqual(['强化区级主体责任。', '探索农村供水投融资机制。', '加强供水水质监测。']);
    expect(ms.map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区发展改革委', '区水务局'], ['区发展改革委', '区财政局', '区水务局'], ['区卫生健康委', '各街镇'],
    ]);
    expect(text(ms[0]!)).toContain('区水务局是本区农村供水的行政主管部门');
    expect(text(ms[0]!)).toContain('区发展改革委等部门应同步制定相关配套政策');
  });
});
