import { cellText } from '../../common/import/cell-text';

interface Cell {
  paragraphs: string[];
  span: number;
  merge: 'restart' | 'continue' | null;
}

/**
 * The rows of a top-level Word table, each as one line "cell | cell |" (the shape the text importer
 * reads as a table), with what a reader sees in merged cells:
 * - a cell merged down over several rows (w:vMerge, 合并单元格) shows its text beside each of them: a
 *   任务分解表 often gives several tasks one 责任单位 cell, and each task has those units;
 * - columns are counted on the table's grid (w:gridSpan, w:gridBefore), so a merged cell is found in
 *   the same column of the next row even when a cell to its left spans two.
 */
export class DocxTableRows {
  // Text of the last merge-starting cell, by grid column.
  private readonly above = new Map<number, string>();
  private row: string[] | null = null;
  private col = 0;
  private cell: Cell | null = null;

  get inCell(): boolean {
    return this.cell !== null;
  }

  startTable(): void {
    this.above.clear();
  }

  startRow(): void {
    this.row = [];
    this.col = 0;
  }

  /** w:gridBefore: grid columns the row leaves out at its start. */
  skipColumns(n: number): void {
    if (Number.isFinite(n) && n > 0) this.col += n;
  }

  startCell(): void {
    this.cell = { paragraphs: [], span: 1, merge: null };
  }

  /** w:gridSpan. */
  span(n: number): void {
    if (this.cell && Number.isFinite(n) && n > 1) this.cell.span = n;
  }

  /** w:vMerge: "restart" starts a merged cell; no value (or "continue") goes on with the one above. */
  merge(val: string | null): void {
    if (this.cell) this.cell.merge = val === 'restart' ? 'restart' : 'continue';
  }

  addParagraph(text: string): void {
    this.cell?.paragraphs.push(text);
  }

  endCell(): void {
    const cell = this.cell;
    if (!cell || !this.row) return;
    let text = cellText(cell.paragraphs);
    if (cell.merge === 'continue' && !text.trim()) text = this.above.get(this.col) ?? '';
    else if (cell.merge === 'restart') this.above.set(this.col, text);
    else this.above.delete(this.col);
    this.row.push(text);
    this.col += cell.span;
    this.cell = null;
  }

  /** The row's line, or null for a row with no text. */
  endRow(): string | null {
    const row = this.row;
    this.row = null;
    if (!row || !row.some((c) => c.trim())) return null;
    return `${row.join(' | ')} |`;
  }
}
