import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';
import { Plan } from '../../../main/common/model/plan';

const unitsOf = (m: { leadUnits: string[]; supportUnits: string[] }) => [...m.leadUnits, ...m.supportUnits];

// Patterns behind the misses of blind round 23 (docs/import.md), in made-up texts of the same style.
describe('blind round 23 patterns (units)', () => {
  it('a note closing each sentence group inside a paragraph ("…。（A牵头，B配合）Next…"), or each listed mode ("…（A牵头）、…（B牵头）等"): every group is kept', () => {
    const { plan } = load('blind23-notes-between-sentences');
    const ms = measures(plan);
    expect(ms).toHaveLength(3);
    expect(unitsOf(ms[0]!).sort()).toEqual(['市交通局', '市发展改革委', '市港口局', '市铁路货运中心'].sort());
    expect(unitsOf(ms[1]!).sort()).toEqual(['市交通局', '市公安局', '市商务局', '市邮政管理局', '市工信局', '市生态环境局'].sort());
    expect(unitsOf(ms[2]!).sort()).toEqual(['市物流业发展领导小组成员单位', '市财政局', '市港口局'].sort());
  });

  it('"各区市县和开发区" / "相关区县和高新区": a class of places and a class of zones joined by 和 are two units', () => {
    const { plan } = load('blind23-zones-after-places');
    const ms = measures(plan);
    expect(unitsOf(ms[0]!)).toEqual(['市商务局', '市农业农村局', '各区市县', '开发区']);
    expect(unitsOf(ms[1]!)).toEqual(['市商务局', '市邮政管理局', '相关区县', '高新区']);
  });
});

describe('blind round 23 patterns (targets)', () => {
  it('"（二）总体目标。到2025年，基本形成…" with no figure, then "——…增长8%左右。" lines: the lines with a figure are targets', () => {
    const { plan } = load('blind23-aim-then-figures');
    const targets = Plan.items(plan).map((l) => l.item).filter((i) => i.role === 'target').map(text);
    expect(targets).toHaveLength(2);
    expect(targets[0]).toContain('物流业规模进一步扩大');
    expect(targets[1]).toContain('物流运行效率显著提高');
    expect(measures(plan).map(text)[0]).toContain('建设物流枢纽');
  });
});
