import { describe, expect, it } from 'vitest';
import { FILE, cleanPlan, run } from '../helpers/rule-fixtures';

describe('imprint', () => {
  it('a 版记 begun without 印发机关 or 印发日期 names both', () => {
    const p = cleanPlan();
    p.meta.printer = null;
    p.meta.printDate = null;
    expect(run('imprint', p).map((f) => [f.where.field, f.severity])).toEqual([['printer', 'warning'], ['printDate', 'warning']]);
    expect(run('imprint', p, FILE).map((f) => f.severity)).toEqual(['error', 'error']);
    expect(run('imprint', cleanPlan(), FILE)).toEqual([]);
  });

  it('no 版记 at all is fine for a draft, not for a 文件', () => {
    const p = cleanPlan();
    Object.assign(p.meta, { printer: null, printDate: null, copyTo: [] });
    expect(run('imprint', p)).toEqual([]);
    expect(run('imprint', p, FILE)).toHaveLength(2);
  });
});
