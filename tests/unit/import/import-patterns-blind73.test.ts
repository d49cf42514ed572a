import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 73 (docs/import.md, blind round 73), in made-up texts of the same style.
describe('blind round 73 patterns (city 实施方案 and 工作要点 from the Shanghai index)', () => {
  const unitsOf = (name: string) =>
    measures(load(name).plan).map((m) => [text(m).slice(0, 8), [...m.leadUnits, ...m.supportUnits]]);

  it('"各区有关部门结合实际落实" in a units note: the manner before the verb is no part of the name', () => {
    expect(unitsOf('blind73-duty-manner').slice(0, 3)).toEqual([
      ['开展排水管网普查', ['市水务局', '各区有关部门']],
      ['建立设施信息平台', ['市水务局', '市数据局', '各区有关部门']],
      ['加强汛期巡查养护', ['市水务局', '各区政府']],
    ]);
  });

  it('"A、B等按职责分工负责，各镇…组织实施": two clauses with their own verbs, the first 等 dropped', () => {
    expect(unitsOf('blind73-duty-manner').slice(3)).toEqual([
      ['推进老旧管网更新', ['市住房城乡建设管理委', '市水务局', '各镇']],
      ['加强组织领导。各', ['市水务局', '市住房城乡建设管理委']],
    ]);
  });
});
