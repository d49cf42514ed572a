import { UserError, type Result } from '../../../common/errors';
import type { SourceParagraph } from '../../../common/import/import-plan';
import { DocxPackage, PartEncodingError } from '../docx-package';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, LimitErrors, type ImportLimits } from '../import-limits';
import { XmlError } from '../xml-tokens';
import { ZipError } from '../zip-reader';
import { readBorderedStyles } from './xlsx-cell-borders';
import { readCellShapes } from './xlsx-number-formats';
import { readSharedStrings } from './xlsx-shared-strings';
import { readSheetCells } from './xlsx-sheet-cells';
import { MAX_SHEET_COLUMNS, sheetLines } from './xlsx-sheet-lines';
import { readWorkbook } from './xlsx-workbook';

/** A workbook's text as the importer reads it, and what the user should know about how it was read. */
export interface XlsxText {
  paragraphs: SourceParagraph[];
  /** The sheets read, by name, in tab order. */
  sheets: string[];
  /** Visible sheets left out: hidden ones (not shown to the person who made the file). */
  hidden: string[];
}

const WORKBOOK = 'xl/workbook.xml';

function broken(zh: string, en: string): Result<never> {
  return UserError.fail('import.bad-xlsx', `这个 Excel 文件（.xlsx）已损坏：${zh}，文件未导入。请在 Excel/WPS 表格中打开并另存为 .xlsx 后重试。`, en);
}

/** Whether a zip is a workbook (SpreadsheetML) rather than a .docx: it has xl/workbook.xml. */
export function isWorkbookPackage(names: readonly string[]): boolean {
  return names.includes(WORKBOOK);
}

/**
 * The visible sheets of an .xlsx, each as rows (xlsx-sheet-lines.ts), in tab order. Broken zips, lying
 * sizes, malformed XML and passed limits are errors in Chinese; nothing is half-read.
 */
export function readXlsx(bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Result<XlsxText> {
  let part = WORKBOOK;
  try {
    const pkg = new DocxPackage(bytes, limits);
    const workbookXml = pkg.text(WORKBOOK);
    if (workbookXml === null) return broken('其中没有工作簿（xl/workbook.xml）', 'zip without xl/workbook.xml');
    const workbook = readWorkbook(workbookXml, pkg.text('xl/_rels/workbook.xml.rels'));
    part = 'xl/sharedStrings.xml';
    const shared = readSharedStrings(pkg.text(part));
    part = 'xl/styles.xml';
    const styles = pkg.text(part);
    const ctx = { shared, shapes: readCellShapes(styles), bordered: readBorderedStyles(styles), date1904: workbook.date1904 };
    const out: XlsxText = { paragraphs: [], sheets: [], hidden: workbook.sheets.filter((s) => s.hidden).map((s) => s.name) };
    for (const sheet of workbook.sheets.filter((s) => !s.hidden)) {
      part = sheet.part;
      const xml = pkg.text(sheet.part);
      if (xml === null) return broken(`缺少工作表“${sheet.name}”（${sheet.part}）`, `missing worksheet part ${sheet.part}`);
      const left = limits.maxParagraphs - out.paragraphs.length;
      const cells = readSheetCells(xml, ctx, left, () => { throw new ImportLimitError(LimitErrors.paragraphs(limits.maxParagraphs)); });
      const lines = sheetLines(cells);
      if (lines === null) {
        return UserError.fail('import.too-wide', `工作表“${sheet.name}”的列数超过 ${MAX_SHEET_COLUMNS} 列，不像一份计划或任务分解表，文件未导入。`, `sheet ${sheet.part} has more than ${MAX_SHEET_COLUMNS} columns with text`);
      }
      if (lines.length === 0) continue;
      out.paragraphs.push(...lines);
      out.sheets.push(sheet.name);
    }
    if (out.paragraphs.length === 0) return UserError.fail('import.empty', '这个 Excel 文件的工作表中没有文字，没有可导入的内容。', 'workbook has no text in its visible sheets');
    return UserError.ok(out);
  } catch (e) {
    if (e instanceof XmlError) return broken(`${part} 的内容不完整或格式错误（${e.zh}）`, `${part} is not well-formed: ${e.message}`);
    if (e instanceof ZipError) return broken('压缩包不完整或已损坏', e.error.detail);
    if (e instanceof ImportLimitError) return { ok: false, error: e.error };
    if (e instanceof PartEncodingError) return broken(`${e.part} 不是有效的 UTF-8 文本`, e.message);
    throw e;
  }
}
