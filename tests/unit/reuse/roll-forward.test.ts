import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rollForwardYearError } from '../../../main/common/api/roll-forward-contract';
import { rolledForwardFigure } from '../../../main/common/checks/rules/rolled-forward-figure';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { Item } from '../../../main/common/model/item';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import { PlanSchema, type Plan } from '../../../main/common/model/plan';
import { RollForward } from '../../../main/common/reuse/roll-forward';
import { RollForwardReportSchema } from '../../../main/common/reuse/roll-forward-report';
import { rollYears } from '../../../main/common/reuse/roll-years';

function fixture(): Plan {
  const r = parsePlanText(readFileSync(fileURLToPath(new URL('../../fixtures/reuse/last-year.plan.json', import.meta.url)), 'utf8'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

const text = (b: { children: Array<{ text: string }> }) => b.children.map((l) => l.text).join('');

describe('rollYears', () => {
  const cases: Array<[string, string]> = [
    ['2025年底前完成', '2026年底前完成'],
    ['2025年度工作要点', '2026年度工作要点'],
    ['2026年3月底前', '2027年3月底前'],
    ['2026年一季度', '2027年一季度'],
    ['较2024年增长10%', '较2025年增长10%'],
    ['本计划自2025年3月起施行', '本计划自2026年3月起施行'],
    ['二〇二五年工作', '二〇二六年工作'],
    ['2020年以来', '2020年以来'],
    ['自2025年以来', '自2025年以来'],
    ['总结2024年经验', '总结2024年经验'],
    ['较2023年翻一番', '较2023年翻一番'],
    ['2025—2027年', '2025—2027年'],
    ['2025年至2027年', '2025年至2027年'],
    ['到2027年', '到2027年'],
    ['10000年', '10000年'],
  ];
  for (const [input, expected] of cases) it(`${input} → ${expected}`, () => expect(rollYears(input, 2025, 2026).text).toBe(expected));

  it('a baseline year is reported as such', () => {
    expect(rollYears('较2024年提高1个百分点', 2025, 2026).changes).toEqual([{ before: '2024年', after: '2025年', baseline: true }]);
  });
  it('rolls by the distance between the years', () => {
    expect(rollYears('2025年底前', 2025, 2027).text).toBe('2027年底前');
  });
});

describe('RollForward.plan', () => {
  const source = fixture();
  const snapshot = JSON.stringify(source);
  const { plan, report } = RollForward.plan(source, 2026);

  it('does not change its input, and gives a valid plan and report', () => {
    expect(JSON.stringify(source)).toBe(snapshot);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(RollForwardReportSchema.safeParse(report).success).toBe(true);
  });

  it('rolls the year, title, notice, section titles, text and deadlines; history stays', () => {
    expect(plan.meta.year).toBe(2026);
    expect(plan.meta.title).toBe('某县2026年推进质量强县工作行动计划');
    expect(plan.notice!.title).toContain('2026年');
    expect(plan.sections[0]!.title).toBe('2026年工作目标');
    expect(text(plan.preamble[0] as never)).toBe('为深入贯彻《某县质量强县建设规划（2025—2027年）》，巩固2020年以来质量强县创建成果，制定本行动计划。');
    const m1 = plan.sections[1]!.body[0] as Item;
    expect(m1.deadline).toBe('2026年12月底前');
    expect(Item.bodyText(m1)).toContain('2026年底前完成对标达标');
    expect((plan.sections[1]!.body[1] as Item).deadline).toBe('2027年3月底前');
    expect(text(plan.closing[0] as never)).toBe('本计划自二〇二六年三月起施行。');
    expect(plan.attachments[0]!.title).toBe('2026年工作任务分解表');
  });

  it('carries measures with their units and ids', () => {
    const before = source.sections[1]!.body as Item[];
    const after = plan.sections[1]!.body as Item[];
    expect(after.map((i) => [i.id, i.leadUnits, i.supportUnits])).toEqual(before.map((i) => [i.id, i.leadUnits, i.supportUnits]));
    expect(report.measures).toBe(3);
    expect(report.measuresWithUnits).toBe(2);
    expect(plan.sections[1]!.assignee).toBe('县市场监督管理局');
  });

  it('flags every target figure for review, and only those', () => {
    const [horizon, target, figurePara] = plan.sections[0]!.body;
    expect((target as Item).review).toEqual({ figure: true });
    expect(figurePara!.type === 'paragraph' && figurePara.review).toEqual({ figure: true });
    expect(horizon!.type === 'paragraph' && horizon.review).toBeUndefined();
    const [m1, m2, m3] = plan.sections[1]!.body as Item[];
    expect(m1!.review).toBeUndefined();
    expect(m2!.review).toEqual({ figure: true });
    expect(m3!.review).toBeUndefined();
    expect(report.flagged).toHaveLength(3);
    expect(report.changes.filter((c) => c.baseline)).toHaveLength(1);
  });

  it('clears the 文件 fields of the issued document', () => {
    expect(plan.meta.docNumber).toEqual({ agency: '某政发', year: 2026, serial: null });
    expect([plan.meta.date, plan.meta.printDate, plan.meta.copyNumber]).toEqual([null, null, null]);
    expect(plan.meta.signers).toEqual([]);
    expect(plan.meta.issuer).toBe('某县人民政府');
    expect(report.cleared).toContain('成文日期');
  });

  it('the 体检 rule reports each flagged block until it is confirmed', () => {
    const findings = rolledForwardFigure(plan);
    expect(findings).toHaveLength(3);
    expect(findings[0]!.where).toEqual({ sectionId: 's-1', itemId: 't-1' });
    // The paragraph's range in its body's text (blocks joined by "\n").
    const body = plan.sections[0]!.body.map((b) => (b.type === 'table' ? '' : text(b))).join('\n');
    expect(body.slice(findings[1]!.where.start, findings[1]!.where.end)).toBe('新增地理标志商标2件。');
    delete (plan.sections[1]!.body[1] as Item).review;
    expect(rolledForwardFigure(plan)).toHaveLength(2);
    expect(rolledForwardFigure(source)).toHaveLength(0);
  });

  it('the review flag survives the Yjs documents the server stores', async () => {
    const docs = encodePlanDocs('p-test', plan);
    const back = await decodePlanDocs('p-test', async (name) => docs.get(name) ?? null);
    expect(rolledForwardFigure(back).map((f) => f.where)).toEqual(rolledForwardFigure(plan).map((f) => f.where));
    expect(back.sections[0]!.body[1]!.type === 'item' && back.sections[0]!.body[1]!.review).toEqual({ figure: true });
  });

  it('refuses a year that does not follow the plan, in Chinese', () => {
    expect(rollForwardYearError(2025, 2025)).toMatch(/须晚于底稿的年度/);
    expect(rollForwardYearError(2025, 3000)).toMatch(/年度“3000”无效/);
    expect(rollForwardYearError(2025, 2026)).toBeNull();
  });
});

describe('rolled-forward-figure per body', () => {
  it('one body’s findings are the plan’s findings with that sectionId', async () => {
    const { rolledForwardFigureInBody } = await import('../../../main/common/checks/rules/rolled-forward-figure');
    const { plan } = RollForward.plan(fixture(), 2026);
    const all = rolledForwardFigure(plan);
    for (const s of plan.sections) expect(rolledForwardFigureInBody(s.body, s.id)).toEqual(all.filter((f) => f.where.sectionId === s.id));
  });
});

describe('rolled-forward-figure in the 体检 registry', () => {
  it('is registered, and checkAll / checkBody report what the rule reports', async () => {
    const { RULES, checkAll } = await import('../../../main/common/checks/rule-registry');
    const { plan } = RollForward.plan(fixture(), 2026);
    const ctx = { today: '2026-01-05' };
    const rule = RULES['rolled-forward-figure'];
    expect(rule.scope).toBe('body');
    expect(checkAll(plan, ctx).filter((f) => f.rule === 'rolled-forward-figure')).toEqual(rolledForwardFigure(plan));
    if (rule.scope === 'body') expect(rule.checkBody(plan, 's-1', ctx)).toHaveLength(2);
  });
});
