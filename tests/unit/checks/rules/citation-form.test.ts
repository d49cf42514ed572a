import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../main/common/checks/finding';
import type { Plan } from '../../../../main/common/model/plan';
import { numeralValue } from '../../../../main/common/checks/rules/chinese-numeral';
import { applyFix, cleanPlan, run, setItemText, slice } from '../helpers/rule-fixtures';

/** The one finding of the rule in a plan whose m1 says `text`, checked against the clean plan and its fix. */
function one(text: string): { p: Plan; f: Finding } {
  const p = cleanPlan();
  setItemText(p, 'm1', text);
  const found = run('citation-form', p);
  expect(found).toHaveLength(1);
  return { p, f: found[0]! };
}

describe('citation-form', () => {
  it('a cited 文号 with () and 第 is named over its bracket and number, the fix writes 〔〕', () => {
    const { p, f } = one('根据《通知》（国发(2023)第012号）要求。');
    expect(f.where).toMatchObject({ sectionId: 's2a', itemId: 'm1' });
    expect(slice(p, f)).toBe('(2023)第012号');
    expect(f.fix).toMatchObject({ text: '〔2023〕12号' });
    expect(f.message).toContain('“国发(2023)第012号”');
    expect(f.message).toContain('应为“国发〔2023〕12号”');
    expect(run('citation-form', applyFix(p, f))).toEqual([]);
    expect(run('citation-form', cleanPlan())).toEqual([]);
  });

  // Each damaged form: the defect named at its place, the fix giving the right form, the fixed plan silent.
  it.each([
    ['square brackets', '根据《通知》（国发[2023]12号）要求。', '[2023]12号', '〔2023〕12号', '六角括号'],
    ['full-width parentheses', '根据《通知》（国发（2023）12号）要求。', '（2023）12号', '〔2023〕12号', '六角括号'],
    ['look-alike ﹝﹞', '根据《通知》（国发﹝2023﹞12号）要求。', '﹝2023﹞12号', '〔2023〕12号', '六角括号'],
    ['look-alike 〖〗', '根据《通知》（国发〖2023〗12号）要求。', '〖2023〗12号', '〔2023〕12号', '六角括号'],
    ['第 before the 序号', '根据《通知》（国发〔2023〕第12号）要求。', '〔2023〕第12号', '〔2023〕12号', '不加“第”'],
    ['a leading zero', '根据《通知》（X发〔2023〕012号）要求。', '〔2023〕012号', '〔2023〕12号', '虚位'],
    ['a two-digit year', '根据《通知》（国发〔23〕12号）要求。', '〔23〕12号', '〔2023〕12号', '年份标全称'],
    ['a Chinese-numeral year and 序号', '根据《通知》（国发〔二〇二三〕十二号）要求。', '〔二〇二三〕十二号', '〔2023〕12号', '阿拉伯数字'],
    ['full-width digits', '根据《通知》（国发〔２０２３〕１２号）要求。', '〔２０２３〕１２号', '〔2023〕12号', '半角'],
    ['年 inside the brackets', '根据《通知》（国发〔2023年〕12号）要求。', '〔2023年〕12号', '〔2023〕12号', '不加“年”'],
    ['spaces', '根据《通知》（国发〔2023〕 12 号）要求。', '〔2023〕 12 号', '〔2023〕12号', '空格'],
  ])('%s', (_name, text, flagged, right, why) => {
    const { p, f } = one(text);
    expect(f.severity).toBe('error');
    expect(f.where).toMatchObject({ sectionId: 's2a', itemId: 'm1' });
    expect(slice(p, f)).toBe(flagged);
    expect(f.message).toContain(why);
    expect(f.fix).toMatchObject({ kind: 'replace-text', text: right });
    expect(run('citation-form', applyFix(p, f))).toEqual([]);
  });

  // Written without brackets: named from the year on, the fix puts the year in 〔〕.
  it.each([
    ['年 after the year', '根据《通知》（某政发2026年5号）要求。', '2026年5号', '〔2026〕5号', '不加“年”'],
    ['a space between year and 序号', '根据《通知》（某政发2026 5号）要求。', '2026 5号', '〔2026〕5号', '空格'],
    ['a dash between year and 序号', '根据《通知》（某政办发2025-12号）要求。', '2025-12号', '〔2025〕12号', '六角括号'],
    ['年, 第 and a leading zero', '按照某政发2026年第05号文件执行。', '2026年第05号', '〔2026〕5号', '虚位'],
    ['full-width digits', '根据《通知》（某政办函２０２６年３号）要求。', '２０２６年３号', '〔2026〕3号', '半角'],
    ['a 函 written in 繁体', '根据《通知》（某政辦函2026年3號）要求。', '2026年3號', '〔2026〕3號', '六角括号'],
  ])('without brackets: %s', (_name, text, flagged, right, why) => {
    const { p, f } = one(text);
    expect(f.severity).toBe('error');
    expect(slice(p, f)).toBe(flagged);
    expect(f.message).toContain('年份应加六角括号');
    expect(f.message).toContain(why);
    expect(f.fix).toMatchObject({ kind: 'replace-text', text: right });
    expect(run('citation-form', applyFix(p, f))).toEqual([]);
  });

  it('without brackets, year and 序号 run together: named, no fix (where the year ends is a guess)', () => {
    const { p, f } = one('根据《通知》（某政发20265号）要求。');
    expect(f.severity).toBe('error');
    expect(slice(p, f)).toBe('20265号');
    expect(f.message).toContain('年份和序号连在一起');
    expect(f.fix).toBeUndefined();
  });

  it('without brackets right after its 《标题》: one finding, the fix adds the parentheses and the brackets', () => {
    const { p, f } = one('根据《通知》某政发2026年5号要求。');
    expect(slice(p, f)).toBe('某政发2026年5号');
    expect(f.fix).toMatchObject({ text: '（某政发〔2026〕5号）' });
    expect(run('citation-form', applyFix(p, f))).toEqual([]);
  });

  it.each([
    ['a date with 号', '于2026年5月5号前完成，2026年12月底前见效。'],
    ['a verb before a year', '县政府印发2026年5号文件；转发2025年12号通知；研发2026 3号样机。'],
    ['公告 and 令 numbers', '市场监管总局公告2023年第12号、国务院令第708号。'],
    ['articles, figures and buildings', '第5条、第12号、数字20265号、2026年12号楼、增长20%、投资2026万元。'],
    ['a right 文号, in 繁体 too', '根据《通知》（某政发〔2026〕5号）和（某政發〔2026〕6號）要求。'],
    ['plain years', '2025年以来，到2027年，2025—2027年。'],
  ])('not a damaged 文号: %s', (_name, text) => {
    const p = cleanPlan();
    setItemText(p, 'm1', text);
    expect(run('citation-form', p)).toEqual([]);
  });

  it('a 文号 right after its 《标题》 without parentheses gets them (the 代字 starts at 》)', () => {
    const { p, f } = one('根据《关于加强质量工作的通知》国发〔2023〕12号要求。');
    expect(f.severity).toBe('warning');
    expect(slice(p, f)).toBe('国发〔2023〕12号');
    expect(f.fix).toMatchObject({ text: '（国发〔2023〕12号）' });
    expect(run('citation-form', applyFix(p, f))).toEqual([]);
    // Damaged as well: one finding, one fix for both.
    const { p: q, f: g } = one('根据《通知》国发[2023]第3号要求。');
    expect(g.severity).toBe('error');
    expect(g.fix).toMatchObject({ text: '（国发〔2023〕3号）' });
    expect(run('citation-form', applyFix(q, g))).toEqual([]);
  });

  it('a 文号 written before its 《标题》 is named without a fix (where the 代字 begins is not known)', () => {
    const { p, f } = one('根据国发〔2023〕12号《关于加强质量工作的通知》要求。');
    expect(f.severity).toBe('warning');
    expect(slice(p, f)).toBe('〔2023〕12号');
    expect(f.message).toContain('先引标题');
    // The words before the 代字 are not quoted as if they were part of it.
    expect(f.message).toContain('“〔2023〕12号”');
    expect(f.message).not.toContain('根据');
    expect(f.fix).toBeUndefined();
    const fixed = cleanPlan();
    setItemText(fixed, 'm1', '根据《关于加强质量工作的通知》（国发〔2023〕12号）要求。');
    expect(run('citation-form', fixed)).toEqual([]);
  });

  it('a 文号 without its year is named', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '按照《通知》（政发〔〕14号）精神。');
    expect(run('citation-form', p).map((f) => slice(p, f))).toEqual(['〔〕14号']);
  });

  it('numbers that are not 文号 are left alone: 令第N号, 公告 numbers, court case numbers, traditional 文号 written right', () => {
    const p = cleanPlan();
    setItemText(p, 'm1', '依照《条例》（国务院令第708号）、2023年第12号公告、（2023）京01民终123号判决和《通知》（國發〔2012〕9號）。');
    expect(run('citation-form', p)).toEqual([]);
  });

  it('in the 印发通知 and in an attachment the finding points into that body', () => {
    const p = cleanPlan();
    p.notice!.body = [{ type: 'paragraph', children: [{ text: '按照《通知》（国发[2023]12号）要求，现印发给你们。' }] }];
    const a2 = p.attachments.find((a) => a.id === 'a2')!;
    if (a2.kind !== 'document') throw new Error('a2 is a document');
    a2.sections[0]!.body[0] = { ...a2.sections[0]!.body[0]!, children: [{ text: '根据《办法》（国发〔2023〕第5号）制定本办法。' }] } as never;
    const found = run('citation-form', p);
    expect(found.map((f) => [f.where, slice(p, f)])).toEqual([
      [{ sectionId: 'notice', start: 9, end: 18 }, '[2023]12号'],
      [{ sectionId: 'c1', itemId: 'r1', start: 9, end: 18 }, '〔2023〕第5号'],
    ]);
    let fixed = p;
    for (const f of found) fixed = applyFix(fixed, f);
    expect(run('citation-form', fixed)).toEqual([]);
  });

  it('Chinese numerals: digit by digit or with 十/百', () => {
    expect(numeralValue('二〇二三', true)).toBe(2023);
    expect(numeralValue('二○一九', true)).toBe(2019);
    expect(numeralValue('十二', false)).toBe(12);
    expect(numeralValue('二十', false)).toBe(20);
    expect(numeralValue('一百零五', false)).toBe(105);
    expect(numeralValue('三五', false)).toBe(35);
    expect(numeralValue('十', true)).toBeNaN();
  });
});
