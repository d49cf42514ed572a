import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 60 (docs/import.md, blind round 60), in made-up texts of the same style.
describe('blind round 60 patterns (2025–2026 county and city plans)', () => {
  it('a units cell written one name a line, in a table set one cell a line, is one cell: the row keeps its content', () => {
    const { plan } = load('blind60-stacked-unit-cell');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['实施城区背街小巷', '推进农村供水保障', '建设社区嵌入式托']);
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['城关街道', '南湖街道', '青石镇'],
      ['县水利局'],
      ['县卫生健康局'],
    ]);
  });

  it('"共同责任单位：" names units sharing the task with its lead, not a unit called 共同', () => {
    const { plan } = load('blind60-joint-responsibility');
    const shared = measures(plan).find((m) => text(m).startsWith('课后托管服务'))!;
    expect(shared.leadUnits).toEqual(['区教育局', '团区委']);
    expect(shared.supportUnits).toEqual(['相关镇街']);
  });

  it('a plan title broken before its 和 ("…任务分解" / "和责任分工方案") is one title', () => {
    const { plan } = load('blind60-conjoined-title');
    expect(plan.meta.title).toBe('2026年市《政府工作报告》重点任务分解和责任分工方案');
    expect(measures(plan)).toHaveLength(1);
  });

  it('a plan heading the copy cut at its end is completed from the name the notice hands over', () => {
    const { plan } = load('blind60-cut-plan-title');
    expect(plan.meta.title).toBe('某区2025年民生实事工作目标任务');
  });
});
