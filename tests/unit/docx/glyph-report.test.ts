import { describe, expect, it } from 'vitest';
import { composeDocx } from '../../../main/common/docx/build-docx';
import { glyphReport, glyphReportWith, glyphWarningLines, printedText, type GlyphCoverage } from '../../../main/common/docx/glyph-report';
import type { Face } from '../../../main/common/docx/gbt9704-style';
import { loadPlan } from './docx-kit';

// A stand-in for the font files: every face draws GB2312-ish text except the characters listed as missing.
function coverage(missing: Partial<Record<Face, string>>): GlyphCoverage {
  return { font: (face) => `Font-${face}`, has: (face, cp) => !(missing[face] ?? '').includes(String.fromCodePoint(cp)) };
}

function planWith(text: string) {
  const plan = loadPlan('small');
  plan.preamble = [{ type: 'paragraph', children: [{ text }] }];
  return plan;
}

describe('glyph report: printed characters the 公文 fonts cannot draw', () => {
  it('collects the printed text per face, table headers in 黑体', () => {
    const text = printedText(composeDocx(loadPlan('seed-003-task-table'), { taskTable: true }).segments);
    expect(text.get('fangsong')!.join('')).toContain('提高农产品优质供给水平');
    expect(text.get('heiti')!.join('')).toContain('完成时限');
    expect(text.get('xiaobiaosong')!.join('')).toContain('工作任务分解表');
  });

  it('names, per role, the characters its font lacks, in document order, once each', () => {
    const segments = composeDocx(planWith('貫徹執行情況監督檢查，貫徹。'), {}).segments;
    const r = glyphReportWith(segments, coverage({ fangsong: '徹監貫', kaiti: '徹' }));
    expect(r.checked).toBe(true);
    expect(r.gaps).toEqual([{ face: 'fangsong', role: '仿宋（正文、三四级标题、版记）', font: 'Font-fangsong', chars: ['貫', '徹', '監'], count: 3 }]);
    expect(r.traditional.count).toBeGreaterThanOrEqual(8);
    expect(r.traditional.sample).toContain('貫');
    const lines = glyphWarningLines(r, 'plan.json');
    expect(lines[0]).toBe('警告：3 个字在仿宋（正文、三四级标题、版记）的字体 Font-fangsong 中没有字形，Word/WPS 和 PDF 会改用其他字体显示（与正文字形不一致）：貫徹監');
    expect(lines[1]).toMatch(/^警告：文中有 \d+ 个繁体字（如 貫.*），公文应使用规范汉字.*“公文体检”中按“繁体字”全部改正.*check plan\.json/);
  });

  it('reads the fonts only when some character is outside GB2312, and says nothing for a simplified plan', async () => {
    let asked = 0;
    const fonts = async () => {
      asked++;
      return coverage({ fangsong: '徹' });
    };
    const plain = await glyphReport(composeDocx(planWith('贯彻执行情况监督检查。'), {}).segments, fonts);
    expect(asked).toBe(0);
    expect(plain).toEqual({ gaps: [], checked: true, traditional: { count: 0, sample: [] } });
    expect(glyphWarningLines(plain, 'plan.json')).toEqual([]);
    const traditional = await glyphReport(composeDocx(planWith('貫徹執行。'), {}).segments, fonts);
    expect(asked).toBe(1);
    expect(traditional.gaps.map((g) => g.chars.join(''))).toEqual(['徹']);
  });

  it('without font files it still counts the 繁体', async () => {
    const r = await glyphReport(composeDocx(planWith('貫徹執行。'), {}).segments, async () => null);
    expect(r.checked).toBe(false);
    expect(r.gaps).toEqual([]);
    expect(r.traditional.count).toBe(3); // 貫徹執 (行 is the same in both)
    expect(glyphWarningLines(r, 'p.json')).toHaveLength(1);
  });
});
