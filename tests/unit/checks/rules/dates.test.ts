import { describe, expect, it } from 'vitest';
import { CTX, FILE, applyFix, cleanPlan, run } from '../helpers/rule-fixtures';

describe('dates', () => {
  it('印发日期 before 成文日期 is an error on printDate; the fix aligns it', () => {
    const p = cleanPlan();
    p.meta.printDate = '2025-03-01';
    const [f] = run('dates', p);
    expect(f!.where).toEqual({ field: 'printDate' });
    expect(f!.severity).toBe('error');
    expect(run('dates', applyFix(p, f!))).toEqual([]);
    expect(run('dates', cleanPlan())).toEqual([]);
  });

  it('a date that does not exist, one far in the future, and a missing 成文日期 for a 文件', () => {
    const p = cleanPlan();
    p.meta.date = '2025-02-30';
    p.meta.printDate = '2027-03-06';
    expect(run('dates', p).map((f) => [f.where.field, f.severity])).toEqual([['date', 'error'], ['printDate', 'warning']]);
    p.meta.date = null;
    expect(run('dates', p, FILE).map((f) => f.where.field)).toContain('date');
    expect(run('dates', p, CTX).map((f) => f.where.field)).not.toContain('date');
  });
});
