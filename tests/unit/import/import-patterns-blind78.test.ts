import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 78 (docs/import.md, blind round 78), in made-up texts of the same style.
describe('blind round 78 patterns (a city 市场监管局 plan from an index of Shanghai documents)', () => {
  it('a standing note "以下各项工作均需要X负责" adds X to every later task, without the 要 of 需要', () => {
    const { plan } = load('blind78-standing-need-verb');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual([
      '要督促使用单位落实日常管理', '要开展老旧电梯安全评估', '组织开展维保单位专项检查', '组织开展困人故障回头看',
    ]);
    const units = ms.map((m) => [...m.leadUnits, ...m.supportUnits]);
    expect(units[0]).toEqual([]);
    expect(units[1]).toEqual(['市局特种设备安全监察处', '各区局']);
    expect(units[2]).toEqual(['各区局']);
    expect(units[3]).toEqual(['市局特种设备安全监察处', '各区局']);
    expect(units.flat().filter((u) => u.startsWith('要'))).toEqual([]);
  });
});
