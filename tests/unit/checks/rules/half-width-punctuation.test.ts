import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, item, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('half-width-punctuation', () => {
  it('a half-width comma between Chinese words is named at its offset, and the fix makes it full-width', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '按照方案推进,确保落实。');
    const found = run('half-width-punctuation', p);
    expect(found.map((f) => [f.where.itemId, slice(p, f)])).toEqual([['m1', ',']]);
    expect(found[0]!.fix).toMatchObject({ kind: 'replace-text', text: '，' });
    expect(run('half-width-punctuation', applyFix(p, found[0]!))).toEqual([]);
    expect(run('half-width-punctuation', cleanPlan())).toEqual([]);
  });

  it('the space typed after a half-width mark goes with it into the fix', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '加强人才建设, 构建体系');
    const found = run('half-width-punctuation', p);
    expect(found.map((f) => slice(p, f))).toEqual([', ']);
    expect(item(applyFix(p, found[0]!), 'm1').children.map((l) => l.text).join('')).toBe('推进示范创建。加强人才建设，构建体系');
  });

  it('paragraph offsets index the body text; numbers and times are left alone', () => {
    const p = cleanPlan();
    const para = p.sections[1]!.sections[0]!.body[4]!;
    if (para.type === 'paragraph') para.children = [{ text: '8:30开会(一)，投入1,000万元' }];
    const found = run('half-width-punctuation', p);
    expect(found.map((f) => slice(p, f))).toEqual(['(', ')']);
    expect(found[0]!.where.start).toBeGreaterThan(10);
    let fixed = p;
    for (const f of found) fixed = applyFix(fixed, f);
    expect(run('half-width-punctuation', fixed)).toEqual([]);
  });
});
