import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/node/import/import-file';
import { readXlsx } from '../../../main/node/import/xlsx/read-xlsx';
import { serialDate, shapeOfCode } from '../../../main/node/import/xlsx/xlsx-number-formats';
import { inlineRow, makeXlsx, type TestWorkbook } from './helpers/make-xlsx';

function lines(book: TestWorkbook): string[] {
  const r = readXlsx(makeXlsx(book));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.paragraphs.map((p) => p.text);
}

// cellXfs 0 General, 1 a custom 年月日 code, 2 built-in 14 (m/d/yyyy), 3 zh-CN built-in 27 (yyyy年m月), 4 built-in 9 (0%),
// 5 a time (h:mm, a number), 6 built-in 10 (0.00%).
const STYLES = '<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="h:mm"/></numFmts>'
  + '<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="14"/><xf numFmtId="27"/><xf numFmtId="9"/><xf numFmtId="177"/><xf numFmtId="10"/></cellXfs>';
const num = (ref: string, v: string, s = 0) => `<c r="${ref}" s="${s}"><v>${v}</v></c>`;

describe('what a cell shows', () => {
  it('dates as the sheet shows them, in Chinese (the 1900 system with its phantom leap day, and the 1904 system)', () => {
    // Serial 45658 is 2025-01-01 in the 1900 system; the 1904 system counts 1,462 days fewer.
    const row = `<row r="1">${num('A1', '45658', 1)}${num('B1', '45839', 2)}${num('C1', '45658', 3)}${num('D1', '61', 1)}</row>`;
    expect(lines({ sheets: [{ name: 'S', xml: `<sheetData>${row}</sheetData>` }], styles: STYLES })).toEqual(['2025年1月1日 | 2025年7月1日 | 2025年1月 | 1900年3月1日 |']);
    const row1904 = `<row r="1">${num('A1', '44196', 1)}${num('B1', '1', 1)}</row>`;
    expect(lines({ sheets: [{ name: 'S', xml: `<sheetData>${row1904}</sheetData>` }], styles: STYLES, date1904: true })).toEqual(['2025年1月1日 | 1904年1月2日 |']);
  });

  it('percentages, plain numbers without binary noise, a time as a number, booleans, errors and a formula’s cached value', () => {
    const row = `<row r="1">${num('A1', '0.85', 4)}${num('B1', '0.30000000000000004')}${num('C1', '0.5', 5)}<c r="D1" t="b"><v>1</v></c>`
      + `<c r="E1" t="e"><v>#N/A</v></c><c r="F1" t="str"><f>CONCAT("县","财政局")</f><v>县财政局</v></c>${num('G1', '0.9856', 6)}</row>`;
    expect(lines({ sheets: [{ name: 'S', xml: `<sheetData>${row}</sheetData>` }], styles: STYLES })).toEqual(['85% | 0.3 | 0.5 | TRUE | #N/A | 县财政局 | 98.56% |']);
  });

  it('shared strings: rich-text runs joined, the phonetic reading (rPh) left out, an inline string read alike', () => {
    const shared = ['<si><r><t>县市场</t></r><r><rPr><b/></rPr><t>监管局</t></r><rPh sb="0" eb="1"><t>ケン</t></rPh></si>', '<si><t xml:space="preserve"> 开展计量检定 </t></si>', '<si/>'];
    const row = '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>年底前</t><rPh><t>ネン</t></rPh></is></c></row>';
    expect(lines({ sheets: [{ name: 'S', xml: `<sheetData>${row}</sheetData>` }], shared })).toEqual(['开展计量检定 | 县市场监管局 | 年底前 |']);
  });

  it('rows and cells without references follow the ones before; columns empty in every row are left out', () => {
    const xml = '<sheetData><row><c t="inlineStr"><is><t>任务</t></is></c><c t="inlineStr"><is><t>牵头单位</t></is></c></row>'
      + '<row><c r="A3" t="inlineStr"><is><t>开展抽查</t></is></c><c r="D3" t="inlineStr"><is><t>县市场监管局</t></is></c></row><row r="4"/></sheetData>';
    expect(lines({ sheets: [{ name: 'S', xml }] })).toEqual(['任务 | 牵头单位 |  |', '开展抽查 |  | 县市场监管局 |']);
  });

  it('format codes: date parts outside quotes and brackets, minutes are not months, General and exponents are numbers', () => {
    expect(shapeOfCode('yyyy"年"m"月"')).toEqual({ kind: 'date', parts: 'ym' });
    expect(shapeOfCode('[$-804]m"月"d"日";@')).toEqual({ kind: 'date', parts: 'md' });
    expect(shapeOfCode('[h]:mm:ss')).toEqual({ kind: 'number' });
    expect(shapeOfCode('General')).toEqual({ kind: 'number' });
    expect(shapeOfCode('0.00E+00')).toEqual({ kind: 'number' });
    expect(shapeOfCode('"第"0"项"')).toEqual({ kind: 'number' });
    expect(shapeOfCode('0.0%')).toEqual({ kind: 'percent', decimals: 1 });
    expect(serialDate(0, 'ymd', false)).toBeNull();
    expect(serialDate(3e6, 'ymd', false)).toBeNull();
  });
});

describe('sheets', () => {
  it('visible sheets in tab order; a hidden sheet is left out and the report names it', () => {
    const book: TestWorkbook = {
      sheets: [
        { name: '任务分解表', xml: `<sheetData>${inlineRow(1, ['某县2025年质量工作任务分解表'])}${inlineRow(2, ['任务', '牵头单位'])}${inlineRow(3, ['开展计量检定', '县市场监管局'])}</sheetData>` },
        { name: '草稿', state: 'hidden', xml: `<sheetData>${inlineRow(1, ['删去的任务', '县财政局'])}</sheetData>` },
        { name: '空表', xml: '<sheetData/>' },
        { name: '补充任务', xml: `<sheetData>${inlineRow(1, ['任务', '牵头单位'])}${inlineRow(2, ['开展质量抽查', '县农业农村局'])}</sheetData>` },
      ],
    };
    const r = importBytes(makeXlsx(book), '任务.xlsx');
    if (!r.ok) throw new Error(r.error.detail);
    const text = JSON.stringify(r.value.plan);
    expect(text).toContain('县农业农村局');
    expect(text).not.toContain('删去的任务');
    expect(r.value.report.recognised.join('\n')).toContain('工作表：任务分解表、补充任务；');
    expect(r.value.report.warnings).toContain('隐藏的工作表未导入：草稿');
  });

  it('a merge over several rows and columns: its text beside each row that holds something, one cell across', () => {
    const xml = `<sheetData>${inlineRow(1, ['标题'])}${inlineRow(2, ['任务', '措施', '牵头单位'])}${inlineRow(3, ['一、基础'])}${inlineRow(4, ['计量', '检定', '县市场监管局'])}`
      + `${inlineRow(5, ['', '抽查'])}${inlineRow(7, ['', '培训'])}</sheetData><mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A3:C3"/><mergeCell ref="C4:C9"/></mergeCells>`;
    expect(lines({ sheets: [{ name: 'S', xml }] })).toEqual(['标题', '任务 | 措施 | 牵头单位 |', '一、基础 |', '计量 | 检定 | 县市场监管局 |', ' | 抽查 | 县市场监管局 |', ' | 培训 | 县市场监管局 |']);
  });
});
