import { describe, expect, it } from 'vitest';
import { hasFigure } from '../../../main/common/import/has-figure';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Parameters<typeof items>[0]) => items(plan).filter((i) => i.role === 'target');

// Patterns behind the misses of blind round 53 (docs/import.md, blind round 53), in made-up texts of the same style.
describe('blind round 53 patterns (county and city 专项整治 / 攻坚行动 documents)', () => {
  it('a bulleted list of fields, each key and each value an item of its own ("- 發文字號:" / "- 某政規〔2023〕3號"): read, the 文号 taken, no value joined to the title', () => {
    const { plan } = load('blind53-bulleted-metadata-list');
    expect(plan.meta.docNumber).toMatchObject({ year: 2023, serial: 3 });
    expect(plan.notice?.title).toBe('某某縣人民政府關于印發某某縣燃氣安全專項整治行動方案的通知');
    expect(plan.meta.signature).toBe('某某縣人民政府');
    expect(plan.meta.title).toBe('某某縣燃氣安全專項整治行動方案');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['整治瓶裝液化', '整治餐飲場所']);
  });

  it('"区安委会各成员单位、街道(镇)、区属国有企业" (no ， written): a level named with its other name and the bodies an area owns are recipients of their own', () => {
    const { plan } = load('blind53-recipient-levels');
    expect(plan.meta.mainRecipients).toEqual(['区安委会各成员单位', '街道(镇)', '区属国有企业']);
    expect(measures(plan)).toHaveLength(2);
  });

  it('an aim compared with a base period named by its years ("较前三年(2021—2023年)平均数下降") has no figure: no target; its stages are no tasks', () => {
    const { plan } = load('blind53-base-period-aim');
    expect(targets(plan)).toHaveLength(0);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['开展重点车辆', '排查整治道路']);
  });

  it('the base period is no figure, a rate after it still is', () => {
    expect(hasFigure('死亡人数较前三年(2021—2023年)平均数下降')).toBe(false);
    expect(hasFigure('死亡人数较前三年(2021—2023年)平均数下降10%')).toBe(true);
    expect(hasFigure('较近五年（2019-2023年）均值下降')).toBe(false);
  });
});
