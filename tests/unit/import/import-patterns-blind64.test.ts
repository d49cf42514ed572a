import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 64 (docs/import.md, blind round 64), in made-up texts of the same style.
describe('blind round 64 patterns (city and county plans of 豫 鄂 湘 皖 黑 吉 辽)', () => {
  it('"[A、B、C。排名第一的为牵头单位,下同]": the units are read, the first leads, and the rule holds for later lists', () => {
    const { plan } = load('blind64-ranked-first-leads');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['落实粮食生产', '加强高标准农', '落实种粮补贴']);
    expect(ms[0]!.leadUnits).toEqual(['市农业农村局']);
    expect(ms[0]!.supportUnits).toEqual(['市发改委', '各县市区人民政府']);
    // 下同: the next lists' first names lead too.
    expect(ms[1]!.leadUnits).toEqual(['市农业农村局']);
    expect(ms[2]!.leadUnits).toEqual(['市财政局']);
    expect(ms[2]!.supportUnits).toEqual(['市农业农村局']);
  });

  it('a grain reserve depot ("县粮食储备库", "中储粮某某直属库") is a unit name, so the note it closes is read', () => {
    const { plan } = load('blind64-grain-depot-unit');
    const units = measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
    expect(units).toEqual([
      ['县发改局', '县财政局', '县粮食储备库'],
      ['县发改局', '中储粮某某直属库'],
      ['县商务局', '各乡镇人民政府'],
    ]);
  });
});
