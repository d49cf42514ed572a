import { describe, expect, it } from 'vitest';
import { cleanPlan, item, run } from '../helpers/rule-fixtures';

describe('measure-units', () => {
  it('a measure without any unit is named on the item; targets and points are not', () => {
    const p = cleanPlan();
    item(p, 'm2').leadUnits = [];
    expect(run('measure-units', p).map((f) => [f.where, f.severity])).toEqual([[{ sectionId: 's2a', itemId: 'm2' }, 'warning']]);
    expect(run('measure-units', cleanPlan())).toEqual([]);
  });
});
