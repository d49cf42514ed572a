import { describe, expect, it } from 'vitest';
import { CTX, applyFix, cleanPlan, item, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('traditional-chars', () => {
  it('traditional characters are named over their span, with a 繁→简 fix', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '按照方案推進質量工作。');
    const [f] = run('traditional-chars', p);
    expect(slice(p, f!)).toBe('進質');
    expect(f!.fix).toMatchObject({ kind: 'replace-text', text: '进质' });
    expect(run('traditional-chars', applyFix(p, f!))).toEqual([]);
    expect(run('traditional-chars', cleanPlan())).toEqual([]);
  });

  it('traditional units and meta fields get set-units / set-field fixes; a supplied converter is used', () => {
    const p = cleanPlan();
    item(p, 'm1').supportUnits = ['縣財政局'];
    p.meta.issuer = '某縣人民政府';
    const found = run('traditional-chars', p, { ...CTX, simplify: (s) => s.replace('縣', '县').replace('財', '财') });
    expect(found.map((f) => f.fix?.kind)).toEqual(['set-field', 'set-units']);
    let fixed = p;
    for (const f of found) fixed = applyFix(fixed, f);
    expect(fixed.meta.issuer).toBe('某县人民政府');
    expect(run('traditional-chars', fixed)).toEqual([]);
  });
});
