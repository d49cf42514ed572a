import { describe, expect, it } from 'vitest';
import { Plan } from '../../../main/common/model/plan';
import { items, load, measures, text } from './pattern-fixtures';

const targets = (plan: Plan) => items(plan).filter((i) => i.role === 'target');

// Patterns behind the misses of blind round 75 (docs/import.md, blind round 75), in made-up texts of the same style:
// department and area-office notices of a 实验区 crawled onto one line.
describe('blind round 75 patterns (joint notices and area-office plans crawled onto one line)', () => {
  it('"（各有关部门分别负责）": 分别 belongs to the verb, the unit is 各有关部门', () => {
    const { plan } = load('blind75-joint-signature-run-together');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['开展示范创建', '强化金融支持', '保障设施用地', '健全工作机制']);
    expect(ms[3]!.leadUnits).toEqual(['各有关部门']);
  });

  it('a joint 署名 of five organs, spaced or glued, glued to the hand-over, then "日期（此件主动公开）标题" glued', () => {
    const { plan } = load('blind75-joint-signature-run-together');
    // The organs are read one a line, whatever the page glued together; the 监管组 and the 联合社 sign as organs.
    expect(plan.meta.signature.replace(/、/g, '')).toBe('某县农业农村局某县财政局某县自然资源局某银保监分局某县监管组某县供销合作社联合社');
    expect(plan.meta.signature).toContain('、某县供销合作社联合社');
    expect(plan.meta.date).toBe('2021-05-10');
    expect(plan.meta.note).toBe('（此件主动公开）');
    expect(plan.meta.title).toBe('某县家庭农场培育提升行动方案(2021—2023年)');
  });

  it('after a joint 署名, "日期 标题（2019—2021年） 为…": the plan title with its years is the body\'s, not the notice\'s 《》', () => {
    const { plan } = load('blind75-joint-signature-spaced-title');
    expect(plan.meta.title).toBe('某区健康扶贫巩固提升实施方案（2019—2021年）');
    expect(plan.meta.date).toBe('2019-04-01');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['全额资助参保', '落实大病保险', '推行先诊疗后']);
  });

  it('a page heading printed twice side by side is one heading: the notice title with its 发文机关 is kept', () => {
    const { plan } = load('blind75-page-title-twice');
    expect(plan.notice?.title.replace(/\s/g, '')).toBe('某县某片区管理局关于印发《某片区加强农村消防安全整治工作方案（2020-2021年）》的通知');
    expect(plan.meta.mainRecipients).toEqual(['各处室', '各村（居）']);
  });

  it('"。 署名 日期 标题（2020—2021年） 为…": the plan title closed by its bracketed years is cut from its opening', () => {
    const { plan } = load('blind75-page-title-twice');
    expect(plan.meta.signature).toBe('某县某片区管理局');
    expect(plan.meta.title).toBe('某片区加强农村消防安全整治工作方案（2020—2021年）');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['局安监办', '各包村处室'], ['局安监办'], ['局社会事业处']]);
  });

  it('"（二）任务目标到2025年，…。——…99%以上。——…": the dash items are lines, those with a figure targets', () => {
    const { plan } = load('blind75-dash-targets-run-together');
    expect(targets(plan).map((t) => text(t))).toEqual(['——农村低收入人口参保率稳定在99%以上。', '——政策范围内住院费用救助比例不低于70%。']);
    expect(measures(plan)).toHaveLength(3);
  });

  it('under "一、明确发展目标", "（一）目标要求。以…为指导，…" frames the plan; only the figures are a target', () => {
    const { plan } = load('blind75-targets-part-guiding');
    expect(targets(plan).map((t) => text(t).slice(0, 8))).toEqual(['到2023年，县']);
    expect(items(plan).find((i) => text(i).startsWith('目标要求'))?.role).toBe('point');
  });
});
