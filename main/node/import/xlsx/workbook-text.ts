import { UserError, type Result } from '../../../common/errors';
import type { SourceParagraph } from '../../../common/import/import-plan';
import { ImportLimitError, LimitErrors, type ImportLimits } from '../import-limits';
import type { SheetCells } from './xlsx-sheet-cells';
import { MAX_SHEET_COLUMNS, sheetLines } from './xlsx-sheet-lines';

/** A workbook's text as the importer reads it, and what the user should know about how it was read. */
export interface WorkbookText {
  paragraphs: SourceParagraph[];
  /** The sheets read, by name, in tab order. */
  sheets: string[];
  /** Sheets left out: hidden ones (not shown to the person who made the file). */
  hidden: string[];
}

/** One sheet of a workbook (.xlsx or .xls), its cells read on demand within a number of rows. */
export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  cells(maxRows: number, onTooMany: () => never): SheetCells;
}

/**
 * The visible sheets' rows (xlsx-sheet-lines.ts) one sheet after another, in tab order, within the import's
 * paragraph limit (ImportLimitError past it). A sheet too wide for a plan, or a workbook with no text, is
 * refused in Chinese.
 */
export function workbookText(sheets: readonly WorkbookSheet[], limits: ImportLimits): Result<WorkbookText> {
  const out: WorkbookText = { paragraphs: [], sheets: [], hidden: sheets.filter((s) => s.hidden).map((s) => s.name) };
  for (const sheet of sheets.filter((s) => !s.hidden)) {
    const left = limits.maxParagraphs - out.paragraphs.length;
    const lines = sheetLines(sheet.cells(left, () => { throw new ImportLimitError(LimitErrors.paragraphs(limits.maxParagraphs)); }));
    if (lines === null) {
      return UserError.fail('import.too-wide', `工作表“${sheet.name}”的列数超过 ${MAX_SHEET_COLUMNS} 列，不像一份计划或任务分解表，文件未导入。`, `sheet ${sheet.name} has more than ${MAX_SHEET_COLUMNS} columns with text`);
    }
    if (lines.length === 0) continue;
    out.paragraphs.push(...lines);
    out.sheets.push(sheet.name);
  }
  if (out.paragraphs.length === 0) return UserError.fail('import.empty', '这个 Excel 文件的工作表中没有文字，没有可导入的内容。', 'workbook has no text in its visible sheets');
  return UserError.ok(out);
}
