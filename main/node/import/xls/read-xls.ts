import { UserError, type Result } from '../../../common/errors';
import { CompoundFile } from '../doc/compound-file';
import { DocFormatError } from '../doc/doc-bytes';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, type ImportLimits } from '../import-limits';
import { workbookText, type WorkbookText } from '../xlsx/workbook-text';
import { EncryptedExcelError, OldExcelError, readGlobals } from './xls-globals';
import { readXlsSheetCells } from './xls-sheet-cells';

function refusal(e: DocFormatError): Result<never> {
  if (e instanceof OldExcelError) {
    return UserError.fail('import.old-excel', '这是 Excel 95 或更早版本的表格，无法直接读取。请在 Excel/WPS 表格中打开并另存为 .xlsx 后再导入。', e.message);
  }
  if (e instanceof EncryptedExcelError) {
    return UserError.fail('import.encrypted', '这个 Excel 文件设置了打开密码（已加密），无法读取。请在 Excel/WPS 表格中取消密码后另存，再导入。', e.message);
  }
  return UserError.fail('import.bad-xls', '这个 .xls 文件已损坏或格式无法识别，文件未导入。请在 Excel/WPS 表格中打开并另存为 .xlsx 后重试。', e.message);
}

/**
 * The visible sheets of an Excel 97–2003 workbook (.xls, BIFF8: [MS-XLS]), as the .xlsx reader gives them: the
 * same cells, merged ranges and rows (xlsx-sheet-lines.ts). Every read is bounds-checked; a broken, encrypted or
 * pre-97 workbook is refused in Chinese.
 */
export function readXls(input: Uint8Array | CompoundFile, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Result<WorkbookText> {
  try {
    const file = CompoundFile.of(input);
    const stream = file.stream('Workbook');
    if (!stream) throw new OldExcelError('a "Book" stream (Excel 5/95), no "Workbook"');
    const g = readGlobals(stream);
    // A sheet is read once, however many sheet records name its offset (a hostile file could name one thousands of times).
    const seen = new Set<number>();
    const sheets = g.sheets.filter((s) => s.hidden || (!seen.has(s.offset) && seen.add(s.offset)));
    return workbookText(sheets.map((sheet) => ({
      name: sheet.name, hidden: sheet.hidden,
      cells: (maxRows, onTooMany) => readXlsSheetCells(stream, sheet.offset, g, maxRows, onTooMany),
    })), limits);
  } catch (e) {
    if (e instanceof DocFormatError) return refusal(e);
    if (e instanceof ImportLimitError) return { ok: false, error: e.error };
    throw e;
  }
}
