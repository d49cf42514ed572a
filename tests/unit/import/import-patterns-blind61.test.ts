import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 61 (docs/import.md, blind round 61), in made-up texts of the same style.
describe('blind round 61 patterns (a city bureau\'s .doc notice, county-level bureaus\' plans and 工作要点)', () => {
  it('a 主送 listing a bureau\'s offices and bodies by full name (…科、…中心、各有关单位) gives one recipient each', () => {
    const { plan } = load('blind61-office-recipients');
    expect(plan.meta.mainRecipients).toEqual(['局计财科', '县动物疫病预防控制中心', '各有关单位']);
  });

  it('"…执法大队、…植保植检站" after a ，-parted recipient are two recipients; "…安排" over month-led steps is a timetable', () => {
    const { plan } = load('blind61-month-timetable');
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '县农业综合执法大队', '县植保植检站']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强经营门店', '加强农药质量']);
    // Every month-led step is a step of the timetable, none an empty group heading.
    const timetable = plan.sections.find((s) => s.title.endsWith('安排'))!;
    expect(timetable.sections).toEqual([]);
    expect(timetable.body.filter((b) => b.type === 'item').map((b) => (b.type === 'item' ? b.role : ''))).toEqual(['point', 'point', 'point', 'point']);
  });

  it('a notice\'s "…的时间和地点" parts over "1、时间：" / "2、地点：" are its arrangements, no measures', () => {
    const { plan } = load('blind61-time-place-notice');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.signature).toBe('某市公安局政治部');
  });

  it('"该项工作由X负责，具体如下：" closing an item gives X to the points below it, which are the tasks', () => {
    const { plan } = load('blind61-intro-duty-units');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['规范兽药使用', '加强饲料监管', '开展宣传活动', '结合春秋两季', '举办规模养殖', '编印安全用药']);
    expect(ms.slice(3).map((m) => m.leadUnits)).toEqual([['县畜牧兽医技术服务中心'], ['县畜牧兽医技术服务中心'], ['县畜牧兽医技术服务中心']]);
  });

  it('the opening\'s "…的总体要求是，…合格率稳定在98%以上。" is a target; last year\'s "合格率为99.2%" is not', () => {
    const { plan } = load('blind61-stated-aims-target');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t).slice(0, 10))).toEqual(['全县2024年农产品']);
    expect(text(targets[0]!)).toContain('98%以上');
  });
});
