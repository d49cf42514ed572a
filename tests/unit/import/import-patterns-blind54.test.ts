import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 54 (docs/import.md, blind round 54), in made-up texts of the same style.
describe('blind round 54 patterns (蓝天/碧水, 乡村振兴 and 人居环境 plans of counties)', () => {
  it('a sharing site\'s "【更多文档,添加QQ:】" advert after a units note is taken out; the note is read', () => {
    const { plan, report } = load('blind54-sharing-advert');
    const ms = measures(plan);
    expect(ms.map((m) => [m.leadUnits, m.supportUnits])).toEqual([
      [['县生态环境局'], ['县水利局', '县自然资源局']],
      [['县生态环境局'], []],
    ]);
    expect(ms.map((m) => text(m)).join('')).not.toMatch(/QQ|微信/);
    expect(report.recognised.some((r) => r.includes('广告 3 处'))).toBe(true);
  });

  it('a task\'s last sentence "A牵头,B、C配合。" without brackets is its units note; "…,由A牵头,B配合。" is not', () => {
    const { plan } = load('blind54-bare-lead-note');
    const ms = measures(plan);
    expect(ms.map((m) => [m.leadUnits, m.supportUnits])).toEqual([
      [['县住建局'], ['县城管局', '县交通运输局']],
      [['县农业农村局'], ['各乡镇人民政府']],
      [[], []],
    ]);
    expect(text(ms[0]!)).toBe('加强扬尘污染管控。严格落实施工工地扬尘防治措施,加强渣土运输车辆监管。');
  });

  it('a piece without a title of its own under a blurb "…小编给大家带来的X,希望大家喜欢。" is titled X', () => {
    const { plan } = load('blind54-blurb-named-title');
    expect(plan.meta.title).toBe('某县2023年乡村产业振兴行动方案');
    expect(items(plan).filter((i) => i.role === 'target')).toHaveLength(1);
    expect(measures(plan).map((m) => text(m).slice(0, 7))).toEqual(['壮大特色种养业']);
  });

  it('a plan that is one paragraph "title一是…。二是…。" with no heading imports as one task titled by the glued title', () => {
    const { plan } = load('blind54-glued-ordinal-task');
    const ms = measures(plan);
    expect(ms).toHaveLength(1);
    expect(ms[0]!.children[0]).toMatchObject({ text: '扎实推进农村厕所革命', lead: true });
    expect(text(ms[0]!)).toMatch(/^扎实推进农村厕所革命一是摸清/);
    expect(plan.meta.title).toBe('某县农业农村局2024年农村人居环境整治工作计划');
  });
});
