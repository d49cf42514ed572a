import { describe, expect, it } from 'vitest';
import { cleanPlan, run } from '../helpers/rule-fixtures';

describe('secrecy', () => {
  it('保密期限 without 密级 is an error; with 密级 it passes', () => {
    const p = cleanPlan();
    p.meta.secrecyTerm = '5年';
    expect(run('secrecy', p).map((f) => [f.where.field, f.severity])).toEqual([['secrecy', 'error']]);
    p.meta.secrecy = '机密';
    expect(run('secrecy', p)).toEqual([]);
    p.meta.secrecyTerm = '五年';
    expect(run('secrecy', p).map((f) => f.severity)).toEqual(['warning']);
  });
});
