import { cellText } from '../../../common/import/cell-text';
import type { SourceParagraph } from '../../../common/import/import-plan';
import type { SheetCells } from './xlsx-sheet-cells';

/** Columns of a sheet that hold text anywhere: a wider table is not a plan's 任务分解表. */
export const MAX_SHEET_COLUMNS = 256;

/** Merged ranges applied, and rows visited applying them: a well-formed plan has a few hundred of each. */
const MAX_MERGES = 10_000;
const MAX_MERGE_VISITS = 2_000_000;

/** Index of the first row at or after `row` (rows in ascending order). */
function firstRowAt(rows: SheetCells['rows'], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Merged cells, applied to the rows that hold something (a merge over empty rows adds none):
 * - over several rows, the text shows beside each of them, as a Word table's merged cell does
 *   (word-table-rows.ts): a 任务分解表 often gives several tasks one 牵头单位 cell, and each task has
 *   those units;
 * - across several columns, it is one cell (as Word's gridSpan): the columns it covers are returned by row.
 * A hostile sheet's merges are bounded: past MAX_MERGES or MAX_MERGE_VISITS the rest are not applied.
 */
function applyMerges(sheet: SheetCells, used: ReadonlySet<number>): Map<number, Set<number>> {
  const covered = new Map<number, Set<number>>();
  let visits = 0;
  for (const m of sheet.merges.slice(0, MAX_MERGES)) {
    const from = firstRowAt(sheet.rows, m.top);
    const text = sheet.rows[from]?.row === m.top ? sheet.rows[from]!.cells.get(m.left) : undefined;
    for (let i = from; i < sheet.rows.length && sheet.rows[i]!.row <= m.bottom; i++) {
      if (++visits > MAX_MERGE_VISITS) return covered;
      const { row, cells } = sheet.rows[i]!;
      if (row > m.top && text && !cells.has(m.left)) cells.set(m.left, text);
      for (let c = m.left + 1; c <= m.right && c - m.left <= MAX_SHEET_COLUMNS; c++) {
        if (!used.has(c)) continue;
        const set = covered.get(row) ?? new Set<number>();
        set.add(c);
        covered.set(row, set);
      }
    }
  }
  return covered;
}

/** How many of the table's columns the row's framed cells cover. */
function framedColumns(row: SheetCells['rows'][number], columns: readonly number[]): number {
  return row.framed ? columns.filter((c) => row.framed!.has(c)).length : 0;
}

/** A cell's text on one line: Alt+Enter breaks are read as a Word cell's paragraphs (cell-text.ts). */
const cellLine = (text: string) => cellText(text.split(/\r?\n/));

/**
 * A sheet's rows as the importer reads a document: rows of several cells as table lines
 * "cell | cell |" (the shape of a Word table's rows), over the columns that hold text anywhere. A row of
 * one cell above the first such row or below the last (the title over a 任务分解表, a 注 under it) is a
 * paragraph of its own; between them (a group row "一、…" merged across) it is a row of one cell, "X |".
 * Returns null when the sheet is wider than MAX_SHEET_COLUMNS.
 */
export function sheetLines(sheet: SheetCells): SourceParagraph[] | null {
  sheet.rows.sort((a, b) => a.row - b.row);
  const used = new Set<number>();
  for (const { cells } of sheet.rows) for (const c of cells.keys()) used.add(c);
  if (used.size > MAX_SHEET_COLUMNS) return null;
  const covered = applyMerges(sheet, used);
  const columns = [...used].sort((a, b) => a - b);
  const rows = sheet.rows.map(({ row, cells }) => {
    const across = covered.get(row);
    return columns.filter((c) => !across?.has(c) || cells.has(c)).map((c) => cellLine(cells.get(c) ?? ''));
  });
  const filled = rows.map((r) => r.filter((t) => t.length > 0).length);
  const first = filled.findIndex((n) => n > 1);
  const last = filled.length - 1 - [...filled].reverse().findIndex((n) => n > 1);
  // Rows of one filled cell under the last row of several whose empty cells are framed like the table's
  // ("3.O-RING不良率1.5%↓" with the other columns left blank) are the table's last rows, not lines under it.
  let end = last;
  while (first >= 0 && end + 1 < rows.length && filled[end + 1] === 1 && framedColumns(sheet.rows[end + 1]!, columns) >= 2) end++;
  return rows.map((cells, i) => {
    if (filled[i]! > 1) return { text: `${cells.join(' | ')} |`, whole: true };
    const only = cells.find((t) => t.length > 0) ?? '';
    return { text: first >= 0 && i > first && (i < last || i <= end) ? `${only} |` : only, whole: true };
  });
}
