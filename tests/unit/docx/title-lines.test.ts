import { describe, expect, it } from 'vitest';
import { titleLines } from '../../../main/common/docx/elements/title-block';
import { estimateLines } from '../../../main/common/docx/layout/line-estimate';

describe('titleLines (梯形 titles, GB/T 9704 7.3.1)', () => {
  it('keeps a title that fits on one line', () => {
    expect(titleLines('鄂托克前旗旗长质量奖实施办法', 19)).toEqual(['鄂托克前旗旗长质量奖实施办法']);
  });
  it('breaks after a place name and keeps 《…》 words whole, as the seed itself does', () => {
    expect(titleLines('鄂托克前旗人民政府关于印发《鄂托克前旗推进质量强旗实施方案》的通知', 19, ['鄂托克前旗', '鄂托克前旗人民政府']))
      .toEqual(['鄂托克前旗人民政府关于印发《鄂托克前旗', '推进质量强旗实施方案》的通知']);
  });
  it('never splits a digit run or a common word, never starts a line with closing punctuation', () => {
    const lines = titleLines('鄂托克前旗2025年推进质量强旗工作行动计划', 19);
    expect(lines).toEqual(['鄂托克前旗2025年推进', '质量强旗工作行动计划']);
    for (const l of titleLines('关于进一步加强和改进全县产品质量安全监管工作的意见（试行）', 19)) expect(l).not.toMatch(/^[）》，。]/);
  });
});

describe('estimateLines', () => {
  it('counts 28 字 per body line with the 2-字 first-line indent, digits as half a 字', () => {
    const m = { widthPt: 442.2, sizePt: 16, scale: 98, firstIndentPt: 32 };
    expect(estimateLines('字'.repeat(26), m)).toBe(1);
    expect(estimateLines('字'.repeat(27), m)).toBe(2);
    expect(estimateLines('字'.repeat(26 + 28), m)).toBe(2);
    expect(estimateLines(`${'字'.repeat(24)}2025`, m)).toBe(1);
  });
  it('hangs ，。 past the line end, as Word/WPS/LibreOffice do by default; without hanging it pulls a character down', () => {
    const m = { widthPt: 442.2, sizePt: 16, scale: 98 };
    expect(estimateLines(`${'字'.repeat(28)}。`, m)).toBe(1);
    expect(estimateLines(`${'字'.repeat(28)}。`, { ...m, hang: false })).toBe(2);
    // Closing brackets never hang: they pull the previous character down (kinsoku).
    expect(estimateLines(`${'字'.repeat(28)}）`, m)).toBe(2);
  });
});
