import { describe, expect, it } from 'vitest';
import { CTX, FILE, applyFix, cleanPlan, run } from '../helpers/rule-fixtures';

describe('doc-number', () => {
  it('a 文件 without 文号 is an error; in the editor nothing is asked', () => {
    const p = cleanPlan();
    p.meta.docNumber = null;
    expect(run('doc-number', p, FILE).map((f) => f.severity)).toEqual(['error']);
    expect(run('doc-number', p, CTX)).toEqual([]);
    expect(run('doc-number', cleanPlan(), FILE)).toEqual([]);
  });

  it('names 第/brackets in the 代字 and 虚位 0', () => {
    const p = cleanPlan();
    p.meta.docNumber = { agency: '某政发第', year: 2025, serial: 0 };
    expect(run('doc-number', p).map((f) => f.message)).toEqual([expect.stringContaining('第'), expect.stringContaining('虚位')]);
  });

  it('a year other than the 成文日期 year is a warning whose fix sets it', () => {
    const p = cleanPlan();
    p.meta.docNumber = { agency: '某政发', year: 2024, serial: 3 };
    const [f] = run('doc-number', p);
    expect(f!.severity).toBe('warning');
    expect(run('doc-number', applyFix(p, f!))).toEqual([]);
  });
});
