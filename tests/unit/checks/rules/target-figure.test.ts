import { describe, expect, it } from 'vitest';
import { cleanPlan, run, setItemText } from '../helpers/rule-fixtures';

describe('target-figure', () => {
  it('a target without a figure is named; figures in digits or Chinese count', () => {
    const p = cleanPlan();
    setItemText(p, 't1', '质量水平明显提升。');
    expect(run('target-figure', p).map((f) => [f.where, f.severity])).toEqual([[{ sectionId: 's1', itemId: 't1' }, 'warning']]);
    setItemText(p, 't1', '新增三个示范区。');
    expect(run('target-figure', p)).toEqual([]);
    expect(run('target-figure', cleanPlan())).toEqual([]);
  });
});
