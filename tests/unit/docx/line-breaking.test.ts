import { describe, expect, it } from 'vitest';
import { breakLines, type LineMetrics } from '../../../main/common/docx/layout/line-estimate';

// The line breaker is what lets the exporter know where pages end. The punctuation, digit and table
// cases were rendered in LibreOffice 7.4 with the exported styles (body 3号仿宋 at 98%, 左空二字: 26 字
// on a paragraph's first line, 28 after); `expected` is the render's line breaks.
const BODY: LineMetrics = { widthPt: 442.2, sizePt: 16, scale: 98, firstIndentPt: 32 };
const A26 = '质量强县工作行动计划实施方案推进落实质量提升行动加强'; // 26 字

const cases: { name: string; input: string; metrics?: Partial<LineMetrics>; expected: string[] }[] = [
  { name: 'a full first line of 26 字', input: A26, expected: [A26] },
  { name: '，。、；：？！ hang past the end (Word/WPS/LO default)', input: `${A26}，后续文字`, expected: [`${A26}，`, '后续文字'] },
  { name: 'ASCII , and . hang too', input: `${A26}.后续文字`, expected: [`${A26}.`, '后续文字'] },
  // Rendered (issue #12): "以下条件:" ended a full line in LibreOffice where the estimate had moved 件 down.
  { name: 'ASCII : ; ? ! hang too', input: `${A26}:后续文字`, expected: [`${A26}:`, '后续文字'] },
  { name: 'ASCII ; hangs', input: `${A26};后续文字`, expected: [`${A26};`, '后续文字'] },
  { name: 'ASCII ) does not hang', input: `${A26})后续文字`, expected: [A26.slice(0, 25), `${A26.slice(25)})后续文字`] },
  { name: 'a closing bracket pulls the previous 字 down', input: `${A26}）后续文字`, expected: [A26.slice(0, 25), `${A26.slice(25)}）后续文字`] },
  { name: 'a closing quote pulls it down too', input: `${A26}”后续文字`, expected: [A26.slice(0, 25), `${A26.slice(25)}”后续文字`] },
  { name: '。” together do not hang', input: `${A26}。”后续`, expected: [A26.slice(0, 25), `${A26.slice(25)}。”后续`] },
  { name: 'an opening mark moves to the next line with its text', input: `${A26}《后续文字`, expected: [A26, '《后续文字'] },
  { name: '…… and —— may start a line', input: `${A26}……后续`, expected: [A26, '……后续'] },
  { name: 'digits stay together', input: `${A26.slice(0, 25)}2025年后续`, expected: [A26.slice(0, 25), '2025年后续'] },
  { name: '95% stays together', input: `${A26.slice(0, 25)}95%后续`, expected: [A26.slice(0, 25), '95%后续'] },
  { name: 'digits take half a 字: 24 字 + 2025 fit 26', input: `${A26.slice(0, 24)}2025`, expected: [`${A26.slice(0, 24)}2025`] },
  { name: 'without hanging (table cells) a comma pulls a 字 down', input: '市自然资源局、市科学技术局', metrics: { widthPt: 77, sizePt: 12, scale: 100, firstIndentPt: 0, hang: false }, expected: ['市自然资源', '局、市科学技', '术局'] },
  // · and curly quotes are written in the Chinese face in every rFonts slot (ambiguous-runs.ts): one 字 wherever
  // they stand, and no autospace on either side. Rendered in LibreOffice 7.4 (issue #12; before, · and a quote
  // after ASCII were drawn in Times, 0.333 / 0.444 em, and a quote after + was spaced from the next 汉字).
  { name: '· is one 字: 13 pairs fill 26 字 (the 13th 一 goes down: · may not start a line)', input: '·一'.repeat(38), expected: ['·一'.repeat(12) + '·', '一·'.repeat(14), '一·'.repeat(11) + '一'] },
  { name: 'a quote after digits is one 字: 22 字 + 6·5”一 fit 26', input: `${'一'.repeat(22)}6·5”一一${'一'.repeat(3)}`, expected: [`${'一'.repeat(22)}6·5”一`, '一一一一'] },
  { name: '21 字 + 6·5”一一 fit 26', input: `${'一'.repeat(21)}6·5”一一一${'一'.repeat(3)}`, expected: [`${'一'.repeat(21)}6·5”一一`, '一一一一'] },
  { name: 'a quote after digits, then 汉字: no autospace', input: `${'一'.repeat(23)}3.15”一一一`, expected: [`${'一'.repeat(23)}3.15”`, '一一一'] },
  // Seed 000's "互联网+”行动": + then ”, no autospace between ” and 行.
  { name: 'a quote after +: 21 + 网+”行动, fit 26 (the comma hangs)', input: `${'一'.repeat(21)}网+”行动,后续`, expected: [`${'一'.repeat(21)}网+”行动,`, '后续'] },
  { name: '20 + 网+”行动,后 fit 26', input: `${'一'.repeat(20)}网+”行动,后续`, expected: [`${'一'.repeat(20)}网+”行动,后`, '续'] },
  { name: '17 + 网+”行动计划,建成, fit 26', input: `${'一'.repeat(17)}网+”行动计划,建成,`, expected: [`${'一'.repeat(17)}网+”行动计划,建成,`] },
  { name: '18 + 网+”行动计划,建 fit 26', input: `${'一'.repeat(18)}网+”行动计划,建成,`, expected: [`${'一'.repeat(18)}网+”行动计划,建`, '成,'] },
  { name: 'a quote after 汉字 is one 字', input: `${'一'.repeat(22)}”一”一一`, expected: [`${'一'.repeat(22)}”一”一`, '一'] },
  { name: 'an opening quote goes down with its 字', input: `${'一'.repeat(24)}“一”一一`, expected: ['一'.repeat(24), '“一”一一'] },
  // Seed 003: "以上研发机构达到100家,培育省级工业设计中心 3 个。社会公用" is one line in LibreOffice: no autospace
  // across the spaces around 3 (with it, 用 went down).
  { name: 'no autospace across a space', input: '以上研发机构达到100家,培育省级工业设计中心 3 个。社会公用计量', metrics: { firstIndentPt: 0 }, expected: ['以上研发机构达到100家,培育省级工业设计中心 3 个。社会公用', '计量'] },
  // Seed 000: "《甘肃省标准化发展战略纲要(2014—2020年)》,实施《天水市人" is one line: no autospace across "(".
  { name: 'no autospace across ASCII punctuation', input: '《甘肃省标准化发展战略纲要(2014—2020年)》,实施《天水市人民政府', metrics: { firstIndentPt: 0 }, expected: ['《甘肃省标准化发展战略纲要(2014—2020年)》,实施《天水市人', '民政府'] },
  { name: 'a hard break starts a new line (梯形 titles)', input: '第一行\n第二行', expected: ['第一行', '第二行'] },
  { name: 'an empty paragraph is one line', input: '', expected: [''] },
];

describe('breakLines: line breaks as LibreOffice renders them', () => {
  it.each(cases)('$name', ({ input, metrics, expected }) => {
    expect(breakLines(input, { ...BODY, ...metrics })).toEqual(expected);
  });

  it('lines after the first hold 28 字', () => {
    const text = '字'.repeat(26 + 28 + 5);
    expect(breakLines(text, BODY).map((l) => [...l].length)).toEqual([26, 28, 5]);
  });
});

describe('widths as LibreOffice lays them out (issue #12)', () => {
  const body = { widthPt: 442.2, sizePt: 16, scale: 98 };
  it('a 98 % 三号 字 advances a whole number of twips (313), so 28 字 and an ASCII comma fit the 版心', async () => {
    const { advancePt } = await import('../../../main/common/docx/layout/char-width');
    expect(advancePt('字', 16, 98)).toBe(15.65);
    const text = `${'字'.repeat(14)},${'字'.repeat(14)}`;
    expect(breakLines(text, body)).toEqual([text]);
  });
  it('Asian/Latin autospace: 0.2 字 where 汉字 meet digits, none after ASCII punctuation that follows a 汉字', async () => {
    const { autospaceBetween } = await import('../../../main/common/docx/layout/char-width');
    expect(autospaceBetween('达到', '9')).toBe(true);
    expect(autospaceBetween('达到95', '以')).toBe(true);
    expect(autospaceBetween('精神,', '切')).toBe(false);
    // Rendered: no space at % or at full-width and general punctuation on either side (率100%、一 has one
    // space, between 率 and 1; 2011—2020 none).
    expect(autospaceBetween('达到95%', '以')).toBe(false);
    expect(autospaceBetween('率100', '、')).toBe(false);
    expect(autospaceBetween('、', '1')).toBe(false);
    expect(autospaceBetween('2011', '—')).toBe(false);
    expect(autospaceBetween('—', '2')).toBe(false);
    // "项目质量监督覆盖率100%、一次验收合格率100%。完善施" is one first line in LibreOffice: 21 字, two 100% and
    // two autospaces fit 26 字 of room; with autospace at the marks too (four more) 施 went down.
    expect(breakLines('项目质量监督覆盖率100%、一次验收合格率100%。完善施工安全', { ...body, firstIndentPt: 32 })[0]).toBe('项目质量监督覆盖率100%、一次验收合格率100%。完善施');
    // 27 字 and two digits (438.2 pt) fit 442.2 pt without autospace; with its four (12.8 pt) they do not.
    const text = `${'字'.repeat(13)}5${'字'.repeat(7)}5${'字'.repeat(7)}`;
    expect(breakLines(text, body)).toHaveLength(2);
  });
});
