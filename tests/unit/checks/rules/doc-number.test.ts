import { describe, expect, it } from 'vitest';
import { CTX, FILE, applyFix, cleanPlan, run } from '../helpers/rule-fixtures';

describe('doc-number', () => {
  it('a 文件 without 文号 is an error; in the editor nothing is asked', () => {
    const p = cleanPlan();
    p.meta.docNumber = null;
    expect(run('doc-number', p, FILE).map((f) => f.severity)).toEqual(['error']);
    expect(run('doc-number', p, CTX)).toEqual([]);
    expect(run('doc-number', cleanPlan(), FILE)).toEqual([]);
  });

  it('names 第/brackets in the 代字 and 虚位 0', () => {
    const p = cleanPlan();
    p.meta.docNumber = { agency: '某政发第', year: 2025, serial: 0 };
    expect(run('doc-number', p).map((f) => f.message)).toEqual([expect.stringContaining('第'), expect.stringContaining('虚位')]);
  });

  it('a year other than the 成文日期 year is a warning whose fix sets it', () => {
    const p = cleanPlan();
    p.meta.docNumber = { agency: '某政发', year: 2024, serial: 3 };
    const [f] = run('doc-number', p);
    expect(f!.severity).toBe('warning');
    expect(run('doc-number', applyFix(p, f!))).toEqual([]);
  });

  it('a whole 文号 typed in the 代字 field without 六角括号 is named, and set into its parts in one click', () => {
    for (const [typed, wrong] of [
      ['X政发2026 5号', '年份应加六角括号〔〕'],
      ['X政发(2026)5号', '不用其他括号'],
      ['X政发[2026]第05号', '序号前不加“第”'],
      ['X政发（２０２６年）5号', '括号内不加“年”'],
    ] as const) {
      const p = cleanPlan();
      p.meta.date = '2026-03-01';
      p.meta.docNumber = { agency: typed, year: null, serial: null };
      const found = run('doc-number', p);
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain(wrong);
      expect(found[0]!.message).toContain('应为“X政发〔2026〕5号”');
      expect(found[0]!.fix).toMatchObject({ kind: 'set-field', field: 'docNumber', label: '改为“X政发〔2026〕5号”' });
      const fixed = applyFix(p, found[0]!);
      expect(fixed.meta.docNumber).toEqual({ agency: 'X政发', year: 2026, serial: 5 });
      expect(run('doc-number', fixed)).toEqual([]);
    }
  });

  it('no fix where reading the 文号 would be a guess: year and 序号 run together, or other parts already filled', () => {
    const p = cleanPlan();
    p.meta.docNumber = { agency: 'X政发20265号', year: null, serial: null };
    const [runTogether] = run('doc-number', p);
    expect(runTogether!.message).toContain('年份应加六角括号〔〕');
    expect(runTogether!.fix).toBeUndefined();
    p.meta.docNumber = { agency: 'X政发(2026)5号', year: 2026, serial: 7 };
    expect(run('doc-number', p).find((f) => f.message.includes('X政发(2026)5号'))!.fix).toBeUndefined();
    // The same parts already filled: the fix only clears the 代字 of them.
    p.meta.docNumber = { agency: 'X政发(2026)5号', year: 2026, serial: 5 };
    expect(run('doc-number', p)[0]!.fix).toMatchObject({ value: { agency: 'X政发', year: 2026, serial: 5 } });
  });
});
