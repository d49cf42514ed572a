import { describe, expect, it } from 'vitest';
import { applyFix, cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

describe('doubled-punctuation', () => {
  it('。。 is named with a fix keeping one; ；。 without a fix; ？！ passes', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '推进落实。。真的吗？！是的；。');
    const found = run('doubled-punctuation', p);
    expect(found.map((f) => slice(p, f))).toEqual(['。。', '；。']);
    expect(found[1]!.fix).toBeUndefined();
    const fixed = applyFix(p, found[0]!);
    expect(run('doubled-punctuation', fixed).map((f) => slice(fixed, f))).toEqual(['；。']);
    expect(run('doubled-punctuation', cleanPlan())).toEqual([]);
  });
});
