import { describe, expect, it } from 'vitest';
import { degradeInvalid } from '../../../main/common/import/degrade-invalid';
import { Plan } from '../../../main/common/model/plan';
import { load, measures, text } from './pattern-fixtures';

/** A valid imported plan (a made-up 通知 with three "一、…（X负责）" measures) and its report. */
const fresh = () => structuredClone(load('top-level-measures'));
const firstMeasure = (plan: Plan) => measures(plan)[0]!;

describe('degradeInvalid: one invalid element is mended and reported, the rest of the plan kept', () => {
  it('a unit name over 80 characters is dropped from its measure; the measure and its other units stay', () => {
    const { plan, report } = fresh();
    const m = firstMeasure(plan);
    m.leadUnits = ['县农业农村局', '县'.repeat(120)];
    const r = degradeInvalid(plan, report);
    expect(r.success).toBe(true);
    expect(firstMeasure(plan).leadUnits).toEqual(['县农业农村局']);
    expect(report.warnings.some((w) => /责任单位名称过长/.test(w))).toBe(true);
  });

  it('a deadline over 80 characters joins the measure text in brackets; no words are lost', () => {
    const { plan, report } = fresh();
    const long = `2026年底前完成${'并持续推进'.repeat(20)}`;
    firstMeasure(plan).deadline = long;
    expect(degradeInvalid(plan, report).success).toBe(true);
    const m = firstMeasure(plan);
    expect(m.deadline).toBeNull();
    expect(text(m)).toContain(`（${long}）`);
    expect(report.warnings.some((w) => /完成时限过长/.test(w))).toBe(true);
  });

  it('a 文件 field over its limit is cleared; an over-long title goes to the start of the preamble', () => {
    const { plan, report } = fresh();
    const title = '关于'.repeat(200);
    plan.meta.title = title;
    plan.meta.signature = '县'.repeat(300);
    expect(degradeInvalid(plan, report).success).toBe(true);
    expect(plan.meta.title).toBe('');
    expect(plan.meta.signature).toBe('');
    expect(plan.preamble[0]).toMatchObject({ type: 'paragraph', children: [{ text: title }] });
    expect(report.warnings.filter((w) => /文件信息“(title|signature)”/.test(w))).toHaveLength(2);
  });

  it('a body element of an unknown shape becomes a plain paragraph of its text', () => {
    const { plan, report } = fresh();
    const body = plan.sections.length ? plan.sections[0]!.body : plan.preamble;
    body.push({ type: 'no-such-element', children: [{ text: '一段' }, { text: '保留的文字' }] } as never);
    expect(degradeInvalid(plan, report).success).toBe(true);
    expect(body[body.length - 1]).toEqual({ type: 'paragraph', children: [{ text: '一段保留的文字' }] });
    expect(report.warnings.some((w) => /已作为普通段落导入：一段保留的文字/.test(w))).toBe(true);
  });

  it('a plan with nothing invalid is left exactly as it was, with no warnings', () => {
    const { plan, report } = fresh();
    const before = structuredClone(plan);
    const warnings = report.warnings.length;
    expect(degradeInvalid(plan, report).success).toBe(true);
    expect(plan).toEqual(before);
    expect(report.warnings).toHaveLength(warnings);
  });
});
