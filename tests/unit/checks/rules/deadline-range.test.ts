import { describe, expect, it } from 'vitest';
import { cleanPlan, item, run } from '../helpers/rule-fixtures';

describe('deadline-range', () => {
  it('a deadline in another year, and one before the 成文日期, are named on the item', () => {
    const p = cleanPlan();
    item(p, 'm1').deadline = '2026年6月底前';
    item(p, 'm2').deadline = '2月底前';
    const found = run('deadline-range', p);
    expect(found.map((f) => f.where.itemId)).toEqual(['m1', 'm2']);
    expect(found[1]!.message).toContain('早于成文日期');
    expect(run('deadline-range', cleanPlan())).toEqual([]);
  });

  it('deadlines without a date pass', () => {
    const p = cleanPlan();
    item(p, 'm1').deadline = '长期坚持';
    expect(run('deadline-range', p)).toEqual([]);
  });
});
