import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, item, run } from '../helpers/rule-fixtures';

describe('unit-outdated', () => {
  it('质监局 in a 2025 plan is named with a fix to 市场监管局; 2017 plans keep their names', () => {
    const p = cleanPlan();
    item(p, 'm2').leadUnits = ['县质监局'];
    item(p, 'm2').supportUnits = ['县环保局', '县发展和改革局'];
    const [f] = run('unit-outdated', p);
    expect(f!.where).toEqual({ sectionId: 's2a', itemId: 'm2' });
    expect(f!.fix).toMatchObject({ kind: 'set-units', leadUnits: ['县市场监管局'], supportUnits: ['县生态环境局', '县发展和改革局'] });
    expect(run('unit-outdated', applyFix(p, f!))).toEqual([]);
    p.meta.year = 2017;
    expect(run('unit-outdated', p)).toEqual([]);
    expect(run('unit-outdated', cleanPlan())).toEqual([]);
  });

  it('the 牵头部门 too; merged names (文化和旅游局, 文化旅游局) are not old', () => {
    const p = cleanPlan();
    p.meta.leadDepartment = '县工商局';
    item(p, 'm2').leadUnits = ['县文化和旅游局', '县文化旅游局'];
    const found = run('unit-outdated', p);
    expect(found.map((f) => f.where)).toEqual([{ field: 'leadDepartment' }]);
    expect(run('unit-outdated', applyFix(p, found[0]!))).toEqual([]);
  });

  it('traditional forms of old names (縣質監局, 縣工商行政管理局) are named, the fix writes the current name simplified', () => {
    const p = cleanPlan();
    item(p, 'm2').leadUnits = ['縣質監局'];
    item(p, 'm2').supportUnits = ['縣工商行政管理局', '縣市場監督管理局'];
    const [f, ...rest] = run('unit-outdated', p);
    expect(rest).toEqual([]);
    expect(f!.where).toEqual({ sectionId: 's2a', itemId: 'm2' });
    expect(f!.message).toContain('“縣質監局”应为“县市场监管局”');
    expect(f!.fix).toMatchObject({ kind: 'set-units', leadUnits: ['县市场监管局'], supportUnits: ['县市场监督管理局', '縣市場監督管理局'] });
    expect(run('unit-outdated', applyFix(p, f!))).toEqual([]);
    // The same plan with the current names written in traditional characters: not old.
    item(p, 'm2').leadUnits = ['縣市場監管局'];
    item(p, 'm2').supportUnits = ['縣文化和旅遊局'];
    expect(run('unit-outdated', p)).toEqual([]);
  });

  it('a traditional 牵头部门 (縣食品藥品監督管理局) is named too', () => {
    const p = cleanPlan();
    p.meta.leadDepartment = '縣食品藥品監督管理局';
    const [f] = run('unit-outdated', p);
    expect(f!.where).toEqual({ field: 'leadDepartment' });
    expect(f!.fix).toMatchObject({ kind: 'set-field', value: '县市场监督管理局' });
    expect(run('unit-outdated', applyFix(p, f!))).toEqual([]);
  });
});
