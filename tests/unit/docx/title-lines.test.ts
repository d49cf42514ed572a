import { describe, expect, it } from 'vitest';
import { exportTitleLines, titleLines, titlePerLine } from '../../../main/common/docx/layout/title-lines';
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

describe('exportTitleLines: the lines the export writes, for the page to show', () => {
  it('fills 19 字 at 2号 in the 156 mm 版心 and breaks where titleBlock does', () => {
    expect(titlePerLine(8844 / 20, 44)).toBe(19);
    const names = ['鄂托克前旗', '鄂托克前旗人民政府'];
    const title = '鄂托克前旗人民政府关于印发《鄂托克前旗推进质量强旗实施方案》的通知';
    expect(exportTitleLines(title, names)).toEqual(titleLines(title, 19, names));
    expect(exportTitleLines(title, names)).toEqual(['鄂托克前旗人民政府关于印发《鄂托克前旗', '推进质量强旗实施方案》的通知']);
    expect(exportTitleLines('短标题')).toEqual(['短标题']);
  });
});

describe('titleLines: words and terms kept whole, the user\'s own break', () => {
  it('does not split 质量强市 or 创建 (issue #12) and keeps 行动方案 together', () => {
    expect(titleLines('关于加快推进全国质量强市示范城市创建工作的实施意见', 19)).toEqual(['关于加快推进全国质量强市', '示范城市创建工作的实施意见']);
    expect(titleLines('湛江市开展质量提升行动方案工作任务分解表', 19)).toEqual(['湛江市开展质量提升行动方案', '工作任务分解表']);
    for (const t of ['天水市贯彻质量发展纲要暨质量强市创建工作2017年行动计划', '某某县人民政府关于印发《某某县创建全国质量强县示范县工作方案》的通知']) {
      const lines = titleLines(t, 19, ['某某县', '某某县人民政府']);
      expect(lines.join('')).toBe(t);
      for (let k = 1; k < lines.length; k++) {
        const seam = `${lines[k - 1]!.slice(-2)}|${lines[k]!.slice(0, 2)}`;
        expect(seam, t).not.toMatch(/质量\|强|质\|量|创\|建|强\|[市县]|行动\|方案/);
      }
    }
  });

  it('keeps a line break typed in the title, breaking further only a line still too long', () => {
    expect(titleLines('某某县质量提升\n行动方案', 19)).toEqual(['某某县质量提升', '行动方案']);
    expect(titleLines('某某县人民政府关于印发\r\n某某县质量提升行动方案的通知', 19)).toEqual(['某某县人民政府关于印发', '某某县质量提升行动方案的通知']);
    const long = titleLines('短标题\n关于加快推进全国质量强市示范城市创建工作的实施意见', 19);
    expect(long[0]).toBe('短标题');
    expect(long.slice(1)).toEqual(['关于加快推进全国质量强市', '示范城市创建工作的实施意见']);
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
