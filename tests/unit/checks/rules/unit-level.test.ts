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
});
