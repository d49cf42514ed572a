import { describe, expect, it } from 'vitest';
import { Item } from '../../../main/common/model/item';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 28 (docs/import.md), in made-up texts of the same style.
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

describe('blind round 28 patterns (a titled task\'s points)', () => {
  it('"1.落实属地主体责任" / a paragraph / "(1)…(3)" / a units line: the units are the titled task\'s, the (n) lines its points', () => {
    const { plan } = load('blind28-task-points');
    const ms = measures(plan);
    expect(Item.leadText(ms[0]!)).toBe('落实属地主体责任。');
    expect([...ms[0]!.leadUnits, ...ms[0]!.supportUnits]).toEqual(['区交通委', '各街镇']);
    expect(items(plan).filter((i) => i.level === 4 && text(i).startsWith('主要负责')).map((i) => i.role)).toEqual(['point']);
    // "(1)…" tasks each closed by a units line of their own stay the measures.
    expect(ms.slice(1).map((m) => [text(m).slice(0, 6), ...m.leadUnits, ...m.supportUnits])).toEqual([
      ['开展农村公路', '区交通委'], ['推进“美丽农', '区交通委', '各街镇'],
    ]);
  });
});

describe('blind round 28 patterns (a table under the targets)', () => {
  it('"表1 …计划表" set one cell a line, its "注：" and a "图1 …示意图" caption under 工作目标 are no targets', () => {
    const { plan } = load('blind28-targets-table');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t).slice(0, 10))).toEqual(['到2025年底，全区']);
    expect(measures(plan)).toHaveLength(1);
  });
});

describe('blind round 28 patterns (a task set out by named parts)', () => {
  it('"1.明确…出资比例" over "(1)县道" / a paragraph / "(2)乡道" / …: the numbered title is the task, the named parts are no tasks', () => {
    const { plan } = load('blind28-named-parts');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['明确区、镇两', '明确资金列支']);
    expect(items(plan).filter((i) => i.level === 4).map((i) => i.role)).toEqual(['point', 'point']);
  });
});
