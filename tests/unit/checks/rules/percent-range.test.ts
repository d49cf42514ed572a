import { describe, expect, it } from 'vitest';
import { cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('percent-range', () => {
  it('a rate over 100% is named at the figure; growth over 100% is not', () => {
    const p = cleanPlan();
    setItemText(p, 't1', '合格率达到105%以上，销售收入增长150%。');
    const found = run('percent-range', p);
    expect(found.map((f) => slice(p, f))).toEqual(['105%']);
    expect(found[0]!.severity).toBe('error');
    expect(run('percent-range', cleanPlan())).toEqual([]);
  });
});
