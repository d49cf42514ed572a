import { describe, expect, it } from 'vitest';
import { CTX, FILE, applyFix, cleanPlan, run } from '../helpers/rule-fixtures';

describe('issuer-signature', () => {
  it('a 署名 unlike the 发文机关 is a warning whose fix uses the 发文机关', () => {
    const p = cleanPlan();
    p.meta.signature = '某市人民政府';
    const [f] = run('issuer-signature', p);
    expect(f!.where).toEqual({ field: 'signature' });
    expect(run('issuer-signature', applyFix(p, f!))).toEqual([]);
    expect(run('issuer-signature', cleanPlan(), FILE)).toEqual([]);
  });

  it('a 文件 without 发文机关 or 署名 names both', () => {
    const p = cleanPlan();
    Object.assign(p.meta, { issuer: '', signature: '', mark: null });
    expect(run('issuer-signature', p, FILE).map((f) => f.where.field)).toEqual(['issuer', 'signature']);
    expect(run('issuer-signature', p, CTX)).toEqual([]);
  });
});
