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
});
