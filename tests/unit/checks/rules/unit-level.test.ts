import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, item, run } from '../helpers/rule-fixtures';

describe('unit-level', () => {
  it('a 市 unit in a 县 plan is named with a fix to the 县 level', () => {
    const p = cleanPlan();
    item(p, 'm2').supportUnits = ['市财政局'];
    const [f] = run('unit-level', p);
    expect(f!.where).toEqual({ sectionId: 's2a', itemId: 'm2' });
    expect(f!.fix).toMatchObject({ kind: 'set-units', supportUnits: ['县财政局'] });
    expect(run('unit-level', applyFix(p, f!))).toEqual([]);
    expect(run('unit-level', cleanPlan())).toEqual([]);
  });

  it('市场监管局, a higher level’s 分局 and bank branches are not level mistakes', () => {
    const p = cleanPlan();
    item(p, 'm2').supportUnits = ['市场监督管理局', '市生态环境局某县分局', '市税务局驻某县办事处'];
    expect(run('unit-level', p)).toEqual([]);
  });

  it('a unit or region in traditional characters is read by its level (縣 is 县, 市財政局 is a 市 unit)', () => {
    const p = cleanPlan();
    p.meta.region = '某縣';
    item(p, 'm2').supportUnits = ['市財政局'];
    const [f, ...rest] = run('unit-level', p);
    expect(rest).toEqual([]);
    expect(f!.where).toEqual({ sectionId: 's2a', itemId: 'm2' });
    expect(f!.fix).toMatchObject({ kind: 'set-units', supportUnits: ['县财政局'] });
    expect(run('unit-level', applyFix(p, f!))).toEqual([]);
    // A traditional unit of the wrong level: 縣財政局 in a 旗 plan.
    const r = cleanPlan();
    r.meta.region = '某旗';
    item(r, 'm2').supportUnits = ['縣財政局'];
    const g = run('unit-level', r).find((x) => x.where.itemId === 'm2');
    expect(g!.fix).toMatchObject({ kind: 'set-units', supportUnits: ['旗财政局'] });
    // The right level in traditional characters: 縣 units in a 縣 plan.
    const q = cleanPlan();
    q.meta.region = '某縣';
    item(q, 'm2').supportUnits = ['縣財政局', '縣市場監督管理局'];
    expect(run('unit-level', q)).toEqual([]);
  });
});
