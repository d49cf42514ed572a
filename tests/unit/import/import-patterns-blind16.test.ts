import { describe, expect, it } from 'vitest';
import { load, items, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 16 (docs/import.md), in made-up texts of the same style.
describe('blind round 16 patterns', () => {
  it('"（一）X。…实施如下重点项目：" over numbered items with their own units: the group heads them, it is no measure; a name in brackets the sentence goes on after is no unit', () => {
    const { plan } = load('blind16-group-intros');
    expect(starts(plan)).toEqual(['紧缺人才开发', '企业家培养项', '人才驿站项目', '加强组织领导']);
    expect(items(plan).filter((i) => i.role === 'point').map((i) => text(i).slice(0, 6))).toEqual(['产业人才行动', '创新人才行动']);
    expect(units(plan)).toEqual([
      ['区发展改革局', '区委组织部', '区人力资源社会保障局', '各镇', '街道'],
      ['区工信局', '区工商联'],
      ['区人力资源社会保障局', '各有关单位'],
      ['区委组织部', '各项目牵头单位'],
    ]);
  });
});
