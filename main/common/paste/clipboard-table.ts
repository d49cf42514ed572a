import { cellText } from '../import/cell-text';

/** A cell spanning down (rowspan): its text, the columns it covers, the rows below it still covers. */
interface Spanning {
  text: string;
  cols: number;
  rows: number;
}

/**
 * A table pasted from Word, WPS or a web page, read as the importer reads a .docx table: each row one
 * line "cell | cell |". A cell that spans several rows (rowspan: one 责任单位 for three tasks) is not
 * repeated in the HTML of the rows below it; its text is put back in its column there, as a reader
 * sees it. Without rows, each cell would be a paragraph of its own and a table with a merged cell would
 * lose its columns.
 */
export class ClipboardTable {
  private readonly below = new Map<number, Spanning>();
  private row: string[] | null = null;
  private col = 0;
  private cell: { paragraphs: string[]; cols: number; rows: number } | null = null;

  get inCell(): boolean {
    return this.cell !== null;
  }

  startTable(): void {
    this.below.clear();
    this.row = null;
    this.cell = null;
  }

  startRow(): string | null {
    const unclosed = this.row ? this.endRow() : null;
    this.row = [];
    this.col = 0;
    return unclosed;
  }

  startCell(rowspan: number, colspan: number): void {
    if (this.cell) this.endCell();
    if (!this.row) this.startRow();
    this.fillSpanned();
    this.cell = { paragraphs: [], cols: clamp(colspan), rows: clamp(rowspan) };
  }

  addParagraph(text: string): void {
    this.cell?.paragraphs.push(text);
  }

  endCell(): void {
    const cell = this.cell;
    if (!cell || !this.row) return;
    const text = cellText(cell.paragraphs);
    this.row.push(text);
    if (cell.rows > 1) this.below.set(this.col, { text, cols: cell.cols, rows: cell.rows - 1 });
    this.col += cell.cols;
    this.cell = null;
  }

  /** The row's line (spanned cells at its end put back too), or null for a row with no text. */
  endRow(): string | null {
    if (this.cell) this.endCell();
    const row = this.row;
    if (!row) return null;
    this.fillSpanned(true);
    this.row = null;
    return row.some((c) => c.trim()) ? `${row.join(' | ')} |` : null;
  }

  /** Columns at the current one covered by a cell from a row above; with `all`, every one left in the row. */
  private fillSpanned(all = false): void {
    const cols = [...this.below.keys()].sort((a, b) => a - b);
    for (const c of cols) {
      if (c < this.col || (!all && c > this.col)) continue;
      const span = this.below.get(c)!;
      this.row!.push(span.text);
      this.col = c + span.cols;
      if (--span.rows === 0) this.below.delete(c);
    }
  }
}

function clamp(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.min(Math.floor(n), 100) : 1;
}
