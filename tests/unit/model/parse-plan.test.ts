import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanText } from '../../../main/common/model/parse-plan';
import { samplePlan } from './fixtures';

describe('parsePlan', () => {
  it('accepts a plan with every element type, section level and attachment kind', () => {
    const plan = samplePlan();
    const result = parsePlan(JSON.parse(JSON.stringify(plan)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(plan);
  });

  it('fills documented defaults for optional fields', () => {
    const minimal = { format: 'plan-studio/plan', schemaVersion: 1, meta: { title: '计划', year: 2025 } };
    const result = parsePlan(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meta.numbering).toBe('continuous');
    expect(result.value.sections).toEqual([]);
    expect(result.value.notice).toBeNull();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- cases mutate arbitrary paths of the raw JSON
  type Case = { name: string; mutate: (p: Record<string, any>) => unknown; code: string; mentions: string[] };
  const cases: Case[] = [
    { name: 'not an object', mutate: () => [1, 2], code: 'plan.not-object', mentions: ['JSON 对象'] },
    { name: 'wrong format', mutate: (p) => ({ ...p, format: 'something-else' }), code: 'plan.format', mentions: ['plan-studio/plan'] },
    { name: 'future schema version', mutate: (p) => ({ ...p, schemaVersion: 99 }), code: 'plan.version', mentions: ['99', '升级'] },
    { name: 'unknown top-level field', mutate: (p) => ({ ...p, extra: 1 }), code: 'plan.invalid', mentions: ['未知字段', 'extra'] },
    { name: 'typo in an item field', mutate: (p) => { p.sections[1].sections[0].body[0].leadUnit = ['x']; return p; }, code: 'plan.invalid', mentions: ['sections[1].sections[0].body[0]', 'leadUnit'] },
    { name: 'item level 5', mutate: (p) => { p.sections[0].body[0].level = 5; return p; }, code: 'plan.invalid', mentions: ['sections[0].body[0].level'] },
    { name: 'unknown element type', mutate: (p) => { p.preamble[0].type = 'heading'; return p; }, code: 'plan.invalid', mentions: ['preamble[0]'] },
    { name: 'stored formatting mark', mutate: (p) => { p.preamble[0].children[0].italic = true; return p; }, code: 'plan.invalid', mentions: ['italic'] },
    { name: 'item without text leaves', mutate: (p) => { p.sections[0].body[0].children = []; return p; }, code: 'plan.invalid', mentions: ['children'] },
    { name: 'level-2 section at top level', mutate: (p) => { p.sections[0].level = 2; return p; }, code: 'plan.invalid', mentions: ['sections[0].level'] },
    { name: 'non-ISO date', mutate: (p) => { p.meta.date = '2025年3月6日'; return p; }, code: 'plan.invalid', mentions: ['meta.date', 'ISO'] },
    { name: 'path-like item id', mutate: (p) => { p.sections[0].body[0].id = '../x'; return p; }, code: 'plan.invalid', mentions: ['id'] },
  ];
  it.each(cases)('rejects $name with a readable message', ({ mutate, code, mentions }) => {
    const raw = JSON.parse(JSON.stringify(samplePlan()));
    const result = parsePlan(mutate(raw));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    for (const m of mentions) expect(result.error.message).toContain(m);
    expect(result.error.detail).toMatch(/^[\x20-\x7e\u4e00-\u9fff（）：；、，。“”《》〔〕]+$/);
  });

  it('explains broken JSON', () => {
    const result = parsePlanText('{"format": "plan-studio/plan", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('不是有效的 JSON');
  });
});
