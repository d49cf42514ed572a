import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, run } from '../helpers/rule-fixtures';

describe('copy-number', () => {
  it('a 份号 not of six digits is an error; short digits are padded by the fix', () => {
    const p = cleanPlan();
    p.meta.copyNumber = '123';
    const [f] = run('copy-number', p);
    expect(f!.severity).toBe('error');
    expect(f!.fix).toMatchObject({ kind: 'set-field', value: '000123' });
    expect(run('copy-number', applyFix(p, f!))).toEqual([]);
    expect(run('copy-number', cleanPlan())).toEqual([]);
  });

  it('a 涉密 document without 份号 is named', () => {
    const p = cleanPlan();
    p.meta.secrecy = '秘密';
    expect(run('copy-number', p).map((f) => f.where.field)).toEqual(['copyNumber']);
  });
});
