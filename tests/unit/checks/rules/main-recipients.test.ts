import { describe, expect, it } from 'vitest';
import { FILE, applyFix, cleanPlan, run } from '../helpers/rule-fixtures';

describe('main-recipients', () => {
  it('a notice without 主送 is named (error when exported with the notice)', () => {
    const p = cleanPlan();
    p.meta.mainRecipients = [];
    expect(run('main-recipients', p, FILE).map((f) => [f.where.field, f.severity])).toEqual([['mainRecipients', 'error']]);
    expect(run('main-recipients', p, { ...FILE, kind: { redHead: true, notice: false } })).toEqual([]);
    expect(run('main-recipients', cleanPlan(), FILE)).toEqual([]);
  });

  it('a trailing colon is removed by the fix', () => {
    const p = cleanPlan();
    p.meta.mainRecipients = ['各乡镇人民政府：'];
    const [f] = run('main-recipients', p);
    expect(run('main-recipients', applyFix(p, f!))).toEqual([]);
  });
});
