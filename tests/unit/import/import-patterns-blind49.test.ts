import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 49 (docs/import.md, blind round 49), in made-up texts of the same style.
describe('blind round 49 patterns (district and city business-environment plans)', () => {
  it('"1*." / "2 *.": a star between a task\'s number and its dot marks the task; the line is still task 1, 2', () => {
    const { plan } = load('blind49-starred-numbers');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['推行“证照联', '开展“拿地即', '规范涉企行政']);
    expect(measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits])).toEqual([
      ['区市场监管局', '区政务服务中心'], ['区住房城乡建设局', '区规划资源局'], ['区司法局'],
    ]);
  });

  it('"（一）开办企业。…" over "1.推行…。…" "2.开展…。…" (no units anywhere): the titled items are the tasks, the （一） names their field', () => {
    const { plan } = load('blind49-titled-tasks-under-field');
    expect(measures(plan).map((m) => text(m).slice(0, 4))).toEqual(['推行企业', '开展简易', '推行联合', '实施分阶']);
    expect(items(plan).filter((i) => i.role === 'point').map((i) => text(i).slice(0, 4))).toEqual(['开办企业', '办理建筑']);
  });

  it('a last （n） heading over a cut "责任单" line: the copy ends in its notes, so the heading is the cut task', () => {
    const { plan } = load('blind49-cut-label-at-end');
    expect(measures(plan).map(text)).toEqual(['开展涉企服务优化专项行动']);
    expect(JSON.stringify(plan.sections)).not.toContain('责任单"');
  });

  it('"key: | value |" rows with 成文时间 and 公文时效 are the page\'s fields; "﹝2023﹞" is a 文号\'s year bracket', () => {
    const { plan } = load('blind49-pipe-metadata');
    expect(plan.meta.title).toBe('某某盟优化营商环境攻坚实施方案');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某署发', year: 2023, serial: 15 });
    expect(plan.meta.date).toBe('2023-05-10');
  });
});
