import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../main/node/import/import-file';
import { DEFAULT_IMPORT_LIMITS } from '../../../main/node/import/import-limits';
import { readXlsx } from '../../../main/node/import/xlsx/read-xlsx';
import { inlineRow, makeXlsx, type TestWorkbook } from './helpers/make-xlsx';

const CHINESE = /[\u4e00-\u9fff]/;
const TASKS = `<sheetData>${inlineRow(1, ['任务', '牵头单位'])}${inlineRow(2, ['开展计量检定', '县市场监管局'])}</sheetData>`;
const good: TestWorkbook = { sheets: [{ name: '任务', xml: TASKS }] };

function failsWith(bytes: Uint8Array, code: string, limits = DEFAULT_IMPORT_LIMITS): string {
  const r = importBytes(bytes, '任务分解表.xlsx', {}, limits);
  expect(r.ok).toBe(false);
  if (r.ok) return '';
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(CHINESE);
  return r.error.message;
}

describe('a broken or hostile .xlsx gets a clear Chinese message and no plan', () => {
  it('the builder makes a workbook that imports (so each failure below is the one change)', () => {
    const r = importBytes(makeXlsx(good), '任务分解表.xlsx');
    expect(r.ok).toBe(true);
  });

  it('a worksheet whose XML is cut off', () => {
    const msg = failsWith(makeXlsx({ ...good, override: { 'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c' } }), 'import.bad-xlsx');
    expect(msg).toContain('xl/worksheets/sheet1.xml');
  });

  it('a worksheet the workbook names but the package lacks', () => {
    expect(failsWith(makeXlsx({ ...good, override: { 'xl/worksheets/sheet1.xml': null } }), 'import.bad-xlsx')).toContain('任务');
  });

  it('a zip named .xlsx with neither a workbook nor a document in it', () => {
    failsWith(zipSync({ 'readme.txt': strToU8('hello') }), 'import.bad-xlsx');
  });

  it('a truncated file', () => {
    const bytes = makeXlsx(good);
    failsWith(bytes.subarray(0, Math.floor(bytes.length * 0.6)), 'import.bad-xlsx');
  });

  it('shared strings that are not UTF-8', () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'),
      'xl/sharedStrings.xml': new Uint8Array([0x3c, 0x73, 0x73, 0x74, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x73, 0x73, 0x74, 0x3e]),
    });
    failsWith(bytes, 'import.bad-xlsx');
  });

  it('a workbook with no text', () => {
    failsWith(makeXlsx({ sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"/></row></sheetData>' }] }), 'import.empty');
  });

  it('a sheet with text in more columns than any plan has', () => {
    const cells = Array.from({ length: 300 }, (_, i) => `<c r="${colName(i)}1" t="inlineStr"><is><t>x</t></is></c>`).join('');
    failsWith(makeXlsx({ sheets: [{ name: 'S', xml: `<sheetData><row r="1">${cells}</row></sheetData>` }] }), 'import.too-wide');
  });

  it('more rows than the paragraph limit, across sheets', () => {
    const rows = (n: number) => `<sheetData>${inlineRow(1, ['任务', '牵头单位'])}${Array.from({ length: n - 1 }, (_, i) => inlineRow(i + 2, [`开展第${i}项检定`, '县市场监管局'])).join('')}</sheetData>`;
    const book = { sheets: [{ name: 'A', xml: rows(30) }, { name: 'B', xml: rows(30) }] };
    failsWith(makeXlsx(book), 'import.too-many-paragraphs', { ...DEFAULT_IMPORT_LIMITS, maxParagraphs: 50 });
    expect(importBytes(makeXlsx(book), 'a.xlsx', {}, { ...DEFAULT_IMPORT_LIMITS, maxParagraphs: 60 }).ok).toBe(true);
  });

  it('thousands of overlapping merges over thousands of rows: read, with the merges bounded', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => inlineRow(i + 1, [`任务${i}`, i === 0 ? '县市场监管局' : ''])).join('');
    const merges = Array.from({ length: 20_000 }, () => '<mergeCell ref="B1:B1048576"/>').join('');
    const r = readXlsx(makeXlsx({ sheets: [{ name: 'S', xml: `<sheetData>${rows}</sheetData><mergeCells>${merges}</mergeCells>` }] }));
    expect(r.ok && r.value.paragraphs.length).toBe(3000);
    expect(r.ok && r.value.paragraphs[2]!.text).toBe('任务2 | 县市场监管局 |');
  });

  it('references past the last row or column, and nonsense ones, are read as following the cell before', () => {
    const xml = '<sheetData><row r="9999999"><c r="ZZZZ1" t="inlineStr"><is><t>开展计量检定</t></is></c><c r="A0" t="inlineStr"><is><t>县市场监管局</t></is></c></row></sheetData>';
    const r = readXlsx(makeXlsx({ sheets: [{ name: 'S', xml }] }));
    expect(r.ok && r.value.paragraphs.map((p) => p.text)).toEqual(['开展计量检定 | 县市场监管局 |']);
  });

  it('a shared-string index past the table shows nothing rather than failing', () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1" t="s"><v>-1</v></c><c r="C1" t="inlineStr"><is><t>开展计量检定</t></is></c></row></sheetData>';
    const r = readXlsx(makeXlsx({ sheets: [{ name: 'S', xml }], shared: ['<si><t>县市场监管局</t></si>'] }));
    expect(r.ok && r.value.paragraphs.map((p) => p.text)).toEqual(['开展计量检定']);
  });
});

function colName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
