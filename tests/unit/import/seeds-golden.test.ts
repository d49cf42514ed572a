import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';
import { Item } from '../../../main/common/model/item';
import { Plan } from '../../../main/common/model/plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { summarize } from './helpers/plan-summary';
import { SEED_NAMES, golden, seedPlanJson, seedText } from './helpers/seeds';

function imported(name: string): Plan {
  const r = importPlan(seedText(name), { fileName: `${name}.txt` });
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.plan;
}

describe('seed plans import as their reviewed golden summaries', () => {
  for (const name of SEED_NAMES) {
    it(`${name} matches its golden summary`, () => {
      expect(summarize(imported(name))).toEqual(golden(name));
    });

    it(`${name}: seeds/${name}.plan.json is current (npm run seeds) and valid`, () => {
      const stored = seedPlanJson(name);
      expect(parsePlan(stored).ok).toBe(true);
      expect(stored).toEqual(JSON.parse(JSON.stringify(imported(name))));
    });

    it(`${name}: no numbering label or responsibility annotation is left in any item text`, () => {
      for (const { item } of Plan.items(imported(name))) {
        const text = item.children.map((l) => l.text).join('');
        expect(text).not.toMatch(/^\s*([(（][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[.．、]|[一二三四五六七八九十]+、)/);
        expect(text).not.toMatch(/(按职责分工负责|按職責分工負責|牵头部门[:：]|牽頭)/);
      }
    });
  }
});

describe('seed anchors (from the issue, checked by hand against the texts)', () => {
  it('000: 23 measures under four level-2 groups of 工作措施, 4 targets, continuous, division notation', () => {
    const plan = imported(SEED_NAMES[0]);
    const measures = plan.sections[2]!;
    expect(measures.title).toBe('工作措施');
    expect(measures.sections.map((s) => s.body.filter((b) => b.type === 'item').length)).toEqual([6, 6, 6, 5]);
    expect(Plan.items(plan).filter((l) => l.item.role === 'target')).toHaveLength(4);
    expect(plan.meta.numbering).toBe('continuous');
    expect(plan.meta.responsibilityNotation).toBe('division');
  });

  it('001: a 转发通知 wrapper and 15 level-2 measures under 4 level-1 sections, as written (traditional)', () => {
    const plan = imported(SEED_NAMES[1]);
    expect(plan.sections).toHaveLength(4);
    const measures = Plan.measures(plan);
    expect(measures).toHaveLength(15);
    expect(measures.every((m) => m.item.level === 2)).toBe(true);
    expect(plan.meta).toMatchObject({
      signature: '青海省人民政府辦公廳', date: '2014-07-01', note: '(發至縣人民政府)', preparedBy: '省質監局(2014年7月)',
      mainRecipients: ['各市、自治州人民政府', '省政府各委、辦、廳、局'], year: 2014,
    });
    expect(plan.notice?.body).toHaveLength(1);
    const m13 = measures[12]!.item;
    expect([m13.leadUnits, m13.supportUnits]).toEqual([['省質監局'], ['省政府有關部門']]);
  });

  it('003: 30 measures numbered on from the two points of 总体要求, units from the 30-row task table', () => {
    const plan = imported(SEED_NAMES[3]);
    const items = Plan.items(plan);
    expect(items.slice(0, 2).map((l) => l.item.role)).toEqual(['point', 'point']);
    expect(Plan.measures(plan)).toHaveLength(30);
    expect(Plan.measures(plan).every((m) => m.item.leadUnits.length > 0)).toBe(true);
    expect(plan.attachments).toEqual([{ id: expect.any(String), title: '湛江市开展质量提升行动方案工作任务分解表', kind: 'task-table' }]);
  });

  it('004: 印发通知 with the damaged 文号 kept raw, per-section numbering, 办法 with 7 章 24 条', () => {
    const plan = imported(SEED_NAMES[4]);
    expect(plan.meta).toMatchObject({
      docNumber: { agency: '鄂前政发', year: 2019, serial: 20 }, docNumberRaw: '鄂前政发〔201920    816', issuer: '鄂托克前旗人民政府',
      numbering: 'per-section', responsibilityNotation: 'lead-and-responsible',
    });
    expect(plan.notice?.title).toBe('鄂托克前旗人民政府关于印发《鄂托克前旗推进质量强旗实施方案》的通知');
    const a = plan.attachments[0]!;
    expect(a.kind === 'document' && a.numberingScheme).toBe('regulation');
    if (a.kind !== 'document') return;
    expect(a.sections).toHaveLength(7);
    expect(a.sections.flatMap((s) => s.body).filter((b) => b.type === 'item' && b.level === 3)).toHaveLength(24);
    const first = Plan.measures(plan)[0]!.item;
    expect(Item.leadText(first)).toBe('提升产品质量。');
    expect(first.supportUnits).toEqual(['旗工信和科技局', '统计局', '市场监督管理局']);
  });
});
