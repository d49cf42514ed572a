import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('citation-form', () => {
  it('a cited 文号 with () and 第 is named over its bracket and number, the fix writes 〔〕', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '根据《通知》（国发(2023)第012号）要求。');
    const [f, ...rest] = run('citation-form', p);
    expect(rest).toEqual([]);
    expect(slice(p, f!)).toBe('(2023)第012号');
    expect(f!.fix).toMatchObject({ text: '〔2023〕12号' });
    expect(run('citation-form', applyFix(p, f!))).toEqual([]);
    expect(run('citation-form', cleanPlan())).toEqual([]);
  });

  it('a 文号 without its year is named', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '按照《通知》（政发〔〕14号）精神。');
    expect(run('citation-form', p).map((f) => slice(p, f))).toEqual(['〔〕14号']);
  });
});
