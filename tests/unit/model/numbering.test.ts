import { describe, expect, it } from 'vitest';
import { Numbering } from '../../../main/common/model/numbering';
import { samplePlan } from './fixtures';

describe('Numbering.chinese', () => {
  it.each([[1, '一'], [9, '九'], [10, '十'], [11, '十一'], [15, '十五'], [20, '二十'], [23, '二十三'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1009, '一千零九']])(
    '%i → %s', (n, expected) => expect(Numbering.chinese(n)).toBe(expected));
});

describe('Numbering.label', () => {
  it.each([
    [1, 3, 'plan', '三、'], [2, 12, 'plan', '（十二）'], [3, 7, 'plan', '7.'], [4, 2, 'plan', '（2）'],
    [1, 2, 'regulation', '第二章'], [3, 24, 'regulation', '第二十四条'], [4, 1, 'regulation', '（一）'],
  ] as const)('level %i #%i (%s) → %s', (level, n, scheme, expected) => expect(Numbering.label(level, n, scheme)).toBe(expected));
});

describe('Numbering.plan', () => {
  it('continuous: measures count on across sections; targets count on their own; sub-items restart', () => {
    const labels = Numbering.plan(samplePlan());
    expect([labels.get('s1'), labels.get('s2'), labels.get('s2a'), labels.get('s2b')]).toEqual(['一、', '二、', '（一）', '（二）']);
    expect([labels.get('t1'), labels.get('t2')]).toEqual(['1.', '2.']);
    // seed 000: targets 1–4, then measures start again at 1 and run on through every 组.
    expect([labels.get('m1'), labels.get('m2'), labels.get('m3')]).toEqual(['1.', '2.', '3.']);
    expect([labels.get('p1'), labels.get('p2')]).toEqual(['（1）', '（2）']);
  });

  it('per-section: every section restarts its items (seed 004)', () => {
    const plan = samplePlan();
    plan.meta.numbering = 'per-section';
    const labels = Numbering.plan(plan);
    expect([labels.get('m1'), labels.get('m2'), labels.get('m3')]).toEqual(['1.', '2.', '1.']);
  });

  it('a regulation attachment numbers 章 and 条 on through the chapters', () => {
    const labels = Numbering.plan(samplePlan());
    expect([labels.get('c1'), labels.get('c2')]).toEqual(['第一章', '第二章']);
    expect([labels.get('r1'), labels.get('r2'), labels.get('r3'), labels.get('r3a')]).toEqual(['第一条', '第二条', '第三条', '（一）']);
  });

  it('numbers are derived: moving a section renumbers, texts never contain labels', () => {
    const plan = samplePlan();
    plan.sections[1]!.sections.reverse();
    const labels = Numbering.plan(plan);
    expect(labels.get('s2b')).toBe('（一）');
    expect(labels.get('m3')).toBe('1.');
    expect(labels.get('m1')).toBe('2.');
    expect(JSON.stringify(plan)).not.toMatch(/"text":"(一、|（一）|1\.)/);
  });
});
