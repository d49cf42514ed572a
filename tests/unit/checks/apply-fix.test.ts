import { describe, expect, it } from 'vitest';
import { applyFix, replaceInLeaves } from '../../../main/common/checks/apply-fix';
import { Checks } from '../../../main/common/checks/checks';
import type { Finding } from '../../../main/common/checks/finding';
import { findingKey } from '../../../main/common/checks/finding-key';
import { textAt } from '../../../main/common/checks/finding-text';
import type { Plan } from '../../../main/common/model/plan';
import { parsePlan } from '../../../main/common/model/parse-plan';
import { samplePlan } from '../model/fixtures';

const ctx = { today: '2025-03-10' };

function withPreamble(text: string): Plan {
  return { ...samplePlan(), preamble: [{ type: 'paragraph', children: [{ text: '第一段。' }] }, { type: 'paragraph', children: [{ text, bold: true }, { text: '结尾。' }] }] };
}

describe('replaceInLeaves: text replaced across leaves, marks kept', () => {
  it('replaces inside one leaf and across two', () => {
    const leaves = [{ text: '推进,', lead: true as const }, { text: '工作' }];
    expect(replaceInLeaves(leaves, 2, 3, '，')).toEqual([{ text: '推进，', lead: true }, { text: '工作' }]);
    expect(replaceInLeaves(leaves, 2, 4, '，')).toEqual([{ text: '推进，', lead: true }, { text: '作' }]);
    expect(replaceInLeaves(leaves, 5, 5, '。')).toEqual([{ text: '推进,', lead: true }, { text: '工作。' }]);
  });
});

describe('applyFix: a finding\'s fix on plan JSON', () => {
  it('replace-text in a body paragraph (offsets over blocks joined by "\\n"), then the finding is gone', () => {
    const plan = withPreamble('为此,制定本计划');
    const f = Checks.all(plan, ctx).find((x) => x.rule === 'half-width-punctuation' && x.where.sectionId === 'preamble')!;
    expect(f.where.start).toBe('第一段。\n为此'.length);
    expect(textAt(plan, f.where)!.slice(f.where.start, f.where.end)).toBe(',');
    const fixed = applyFix(plan, f)!;
    expect(fixed.preamble[1]).toEqual({ type: 'paragraph', children: [{ text: '为此，制定本计划', bold: true }, { text: '结尾。' }] });
    expect(Checks.all(fixed, ctx).filter((x) => x.rule === 'half-width-punctuation')).toEqual([]);
    expect(parsePlan(JSON.parse(JSON.stringify(fixed))).ok).toBe(true);
    expect(plan.preamble[1]).toEqual({ type: 'paragraph', children: [{ text: '为此,制定本计划', bold: true }, { text: '结尾。' }] });
  });

  it('replace-text in an item and in a meta field; set-field; set-units', () => {
    const plan = samplePlan();
    const item: Finding = { rule: 'x', severity: 'warning', message: 'm', source: 's', where: { sectionId: 's2a', itemId: 'm1', start: 0, end: 2 },
      fix: { kind: 'replace-text', label: 'l', start: 0, end: 2, text: '加快' } };
    const a = applyFix(plan, item)!;
    expect(textAt(a, { itemId: 'm1' })).toBe('加快示范创建。按照方案推进。');
    const title: Finding = { ...item, where: { field: 'title', start: 0, end: 2 }, fix: { kind: 'replace-text', label: 'l', start: 0, end: 2, text: '某旗' } };
    expect(applyFix(plan, title)!.meta.title).toBe('某旗2025年推进质量强县工作行动计划');
    expect(applyFix(plan, { where: {}, fix: { kind: 'set-field', label: 'l', field: 'date', value: '2025-04-01' } })!.meta.date).toBe('2025-04-01');
    const units = applyFix(plan, { where: { sectionId: 's2a', itemId: 'm1' }, fix: { kind: 'set-units', label: 'l', itemId: 'm1', leadUnits: ['县市场监督管理局', '县财政局'] } })!;
    const m1 = units.sections[1]!.sections[0]!.body[0]!;
    expect(m1.type === 'item' && m1.leadUnits).toEqual(['县市场监督管理局', '县财政局']);
  });

  it('refuses what no longer fits: a gone place, a value the meta schema refuses, no fix', () => {
    const plan = samplePlan();
    expect(applyFix(plan, { where: { itemId: 'gone' }, fix: { kind: 'replace-text', label: 'l', start: 0, end: 1, text: 'x' } })).toBeNull();
    expect(applyFix(plan, { where: {}, fix: { kind: 'set-field', label: 'l', field: 'date', value: '2025年' } })).toBeNull();
    expect(applyFix(plan, { where: {} })).toBeNull();
  });
});

describe('findingKey: an ignore survives unrelated edits', () => {
  it('keeps its key when text is typed before it in the same body, and changes when the flagged text does', () => {
    const plan = withPreamble('为此,制定本计划');
    const key = (p: Plan) => findingKey(p, Checks.all(p, ctx).find((x) => x.rule === 'half-width-punctuation')!);
    const before = key(plan);
    const edited = { ...plan, preamble: [{ type: 'paragraph' as const, children: [{ text: '新写的第一段很长很长。' }] }, plan.preamble[1]!] };
    expect(key(edited)).toBe(before);
    expect(key(withPreamble('由此,制定本计划'))).not.toBe(before);
  });

  it('ignored findings are set apart with their reason (Checks.run)', () => {
    const plan = withPreamble('为此,制定本计划');
    const f = Checks.all(plan, ctx).find((x) => x.rule === 'half-width-punctuation')!;
    const ignore = { rule: f.rule, key: findingKey(plan, f), reason: '引用原文', by: '张三', at: '2025-03-10T08:00:00Z' };
    const r = Checks.run({ ...plan, checks: { ignored: [ignore] } }, ctx);
    expect(r.findings).not.toContainEqual(f);
    expect(r.ignored).toEqual([{ finding: f, ignore }]);
  });
});
