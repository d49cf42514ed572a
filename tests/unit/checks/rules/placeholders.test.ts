import { describe, expect, it } from 'vitest';
import { cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('placeholders', () => {
  it('××, XX, ○○, 【】 and 此处填写 are named; 二〇二五 is not', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '二〇二五年由××局牵头，XX月完成，【】此处填写，○○。');
    const found = run('placeholders', p);
    expect(found.map((f) => slice(p, f))).toEqual(['××', 'XX', '【】', '此处填写', '○○']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(run('placeholders', cleanPlan())).toEqual([]);
  });
});
