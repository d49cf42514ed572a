import { UserError, type Result } from '../../../common/errors';
import { DocxPackage, PartEncodingError } from '../docx-package';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, type ImportLimits } from '../import-limits';
import { XmlError } from '../xml-tokens';
import { ZipError } from '../zip-reader';
import { readBorderedStyles } from './xlsx-cell-borders';
import { readCellShapes } from './xlsx-number-formats';
import { readSharedStrings } from './xlsx-shared-strings';
import { readSheetCells } from './xlsx-sheet-cells';
import { readWorkbook } from './xlsx-workbook';
import { workbookText, type WorkbookText } from './workbook-text';

const WORKBOOK = 'xl/workbook.xml';

/** The workbook names a sheet whose part the package does not hold. */
class MissingSheet extends Error {
  constructor(readonly sheet: string, readonly part: string) {
    super(`missing worksheet part ${part}`);
  }
}

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
export function readXlsx(bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Result<WorkbookText> {
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
    return workbookText(workbook.sheets.map((sheet) => ({
      name: sheet.name, hidden: sheet.hidden,
      cells: (maxRows, onTooMany) => {
        part = sheet.part;
        const xml = pkg.text(sheet.part);
        if (xml === null) throw new MissingSheet(sheet.name, sheet.part);
        return readSheetCells(xml, ctx, maxRows, onTooMany);
      },
    })), limits);
  } catch (e) {
    if (e instanceof MissingSheet) return broken(`缺少工作表“${e.sheet}”（${e.part}）`, e.message);
    if (e instanceof XmlError) return broken(`${part} 的内容不完整或格式错误（${e.zh}）`, `${part} is not well-formed: ${e.message}`);
    if (e instanceof ZipError) return broken('压缩包不完整或已损坏', e.error.detail);
    if (e instanceof ImportLimitError) return { ok: false, error: e.error };
    if (e instanceof PartEncodingError) return broken(`${e.part} 不是有效的 UTF-8 文本`, e.message);
    throw e;
  }
}
