import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeChange } from '../../../main/common/diff/describe-change';
import { PlanDiff } from '../../../main/common/diff/plan-diff';
import type { PlanChange } from '../../../main/common/diff/plan-change';
import { runsText, wordDiff } from '../../../main/common/diff/word-diff';
import type { Item } from '../../../main/common/model/item';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import type { Paragraph } from '../../../main/common/model/paragraph';
import type { Plan } from '../../../main/common/model/plan';

const FIXTURES = path.join(__dirname, '../../fixtures/diff');
function load(name: string): Plan {
  const r = parsePlanText(readFileSync(path.join(FIXTURES, name), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const base = () => load('old.plan.json');
const measures = (p: Plan) => p.sections[2]!.sections[0]!.body as Item[];
const kinds = (cs: PlanChange[]) => cs.map((c) => c.kind);

describe('wordDiff', () => {
  it('diffs Chinese by words, and both sides read back exactly', () => {
    const runs = wordDiff('推动企业开展对标达标活动。', '推动重点企业开展对标达标活动。');
    expect(runs).toEqual([{ op: 'keep', text: '推动' }, { op: 'insert', text: '重点' }, { op: 'keep', text: '企业开展对标达标活动。' }]);
    const a = '加强质量基础设施建设，到2025年达到95%以上';
    const b = '完善质量基础设施体系，到2026年达到98%以上';
    const d = wordDiff(a, b);
    expect(runsText(d, 'old')).toBe(a);
    expect(runsText(d, 'new')).toBe(b);
    // A replaced word is one deletion and one insertion, not scattered characters.
    expect(d.filter((r) => r.op === 'delete').map((r) => r.text)).toContain('加强');
  });
  it('a text compared with itself is one kept run', () => {
    expect(wordDiff('质量强县', '质量强县')).toEqual([{ op: 'keep', text: '质量强县' }]);
  });
});

describe('PlanDiff.compare', () => {
  it('a plan compared with itself has no change (every fixture)', () => {
    for (const f of ['old.plan.json', 'new.plan.json']) expect(PlanDiff.compare(load(f), load(f))).toEqual([]);
    const small = parsePlanText(readFileSync(path.join(__dirname, '../../fixtures/plans/seed-004-notice.plan.json'), 'utf8'));
    if (!small.ok) throw new Error('fixture');
    expect(PlanDiff.compare(small.value, structuredClone(small.value))).toEqual([]);
  });

  it('meta field changed: names the field', () => {
    const b = base();
    b.meta.date = '2025-05-01';
    b.meta.copyTo = ['县委办公室'];
    expect(PlanDiff.compare(base(), b)).toEqual([
      { kind: 'meta', field: 'date', before: '2025-03-06', after: '2025-05-01' },
      { kind: 'meta', field: 'copyTo', before: '县委办公室、县人大常委会办公室', after: '县委办公室' },
    ]);
  });

  it('measure added and removed, by item id and section id', () => {
    const b = base();
    const [m1] = measures(b);
    b.sections[2]!.sections[0]!.body = [m1!, { ...structuredClone(m1!), id: 'm9', children: [{ text: '新措施。' }] }];
    const cs = PlanDiff.compare(base(), b);
    expect(cs).toContainEqual(expect.objectContaining({ kind: 'item-removed', itemId: 'm2', sectionId: 's21' }));
    expect(cs).toContainEqual(expect.objectContaining({ kind: 'item-added', itemId: 'm9', sectionId: 's21', text: '新措施。' }));
  });

  it('measure moved within a section and to another section', () => {
    const b = base();
    const [m1, m2] = measures(b);
    b.sections[2]!.sections[0]!.body = [m2!, m1!];
    const within = PlanDiff.compare(base(), b);
    expect(kinds(within)).toEqual(['item-moved']);
    const c = base();
    const moved = measures(c).pop()!;
    c.sections[3]!.body.push(moved);
    expect(PlanDiff.compare(base(), c)).toEqual([expect.objectContaining({ kind: 'item-moved', itemId: 'm2', fromSectionId: 's21', sectionId: 's3' })]);
  });

  it('measure text changed: a word-level diff', () => {
    const b = base();
    measures(b)[0]!.children[1]!.text = '推动重点企业开展对标达标活动。';
    const [c] = PlanDiff.compare(base(), b);
    expect(c).toMatchObject({ kind: 'item-text', itemId: 'm1', sectionId: 's21', label: '1.' });
    expect(describeChange(c!, new Map())).toContain('推动〔增：重点〕企业');
  });

  it('units and deadline changed', () => {
    const b = base();
    measures(b)[0]!.supportUnits = ['县工业和信息化局'];
    measures(b)[0]!.deadline = '长期坚持';
    expect(PlanDiff.compare(base(), b)).toEqual([
      expect.objectContaining({ kind: 'item-units', itemId: 'm1', supportBefore: ['县工业和信息化局', '县农业农村局'], supportAfter: ['县工业和信息化局'] }),
      { kind: 'item-deadline', itemId: 'm1', sectionId: 's21', label: '1.', before: '2025年12月底前', after: '长期坚持' },
    ]);
  });

  it('target figures changed', () => {
    const b = base();
    const t = b.sections[1]!.body[0] as Item;
    t.children[0]!.text = t.children[0]!.text.replace('3家', '5家');
    const cs = PlanDiff.compare(base(), b);
    expect(cs).toContainEqual(expect.objectContaining({ kind: 'item-figures', itemId: 't1', before: ['2025年', '95%', '3家'], after: ['2025年', '95%', '5家'] }));
  });

  it('sections added, removed, renamed, moved, reassigned; text outside items', () => {
    const b = base();
    const [s1, s1b, s2, s3] = b.sections;
    s1!.title = '总体要求';
    s2!.assignee = '县市场监督管理局';
    b.sections = [s1b!, s1!, s2!, { ...s3!, id: 's4', title: '附则', body: [] }];
    (b.preamble[0] as Paragraph).children[0]!.text = '为深入实施质量强国战略，制定本行动计划。';
    const cs = PlanDiff.compare(base(), b);
    expect(kinds(cs).sort()).toEqual(['item-removed', 'section-added', 'section-assignee', 'section-moved', 'section-removed', 'section-renamed', 'section-text'].sort());
    expect(cs).toContainEqual(expect.objectContaining({ kind: 'section-removed', sectionId: 's3' }));
    expect(cs).toContainEqual(expect.objectContaining({ kind: 'section-text', sectionId: '(preamble)' }));
  });

  it('the fixture pair: every kind it contains is found, each naming what it is about', () => {
    const cs = PlanDiff.compare(base(), load('new.plan.json'));
    expect(new Set(kinds(cs))).toEqual(new Set(['meta', 'departments', 'section-renamed', 'section-text', 'item-removed', 'item-text', 'item-figures', 'item-moved', 'item-units', 'item-deadline', 'item-added']));
    for (const c of cs) expect('field' in c || 'itemId' in c || 'sectionId' in c || c.kind === 'departments').toBe(true);
  });
});
