import { cellText } from '../../common/import/cell-text';
import type { SourceParagraph } from '../../common/import/import-plan';

/** What a finished table gives: as blocks of the document (rows, or a layout table's paragraphs), or as a cell's text. */
export interface TableContent {
  blocks: SourceParagraph[];
  paragraphs: SourceParagraph[];
  /** Its blocks are rows of several columns (a task table), not a layout's paragraphs. */
  hasRows: boolean;
}

/** A paragraph of a cell, or a table inside it. */
type CellPart = { paragraph: SourceParagraph } | { table: TableContent };

interface Cell {
  parts: CellPart[];
  span: number;
  merge: 'restart' | 'continue' | null;
}

const asText = (c: Cell) => c.parts.flatMap((x) => ('paragraph' in x ? [x.paragraph] : x.table.paragraphs));
const asBlocks = (c: Cell) => c.parts.flatMap((x) => ('paragraph' in x ? [x.paragraph] : x.table.blocks));

/**
 * A Word table as the importer reads it (one reader per table: a table inside a cell has its own).
 *
 * A table of several columns gives its rows, each as one line "cell | cell |" (the shape the text
 * importer reads as a table), with what a reader sees in merged cells:
 * - a cell merged down over several rows (w:vMerge, 合并单元格) shows its text beside each of them: a
 *   任务分解表 often gives several tasks one 责任单位 cell, and each task has those units;
 * - columns are counted on the table's grid (w:gridSpan, w:gridBefore), so a merged cell is found in
 *   the same column of the next row even when a cell to its left spans two.
 *
 * A table whose rows hold one cell each is a layout table (a 公文 template setting its head, its body or
 * its 版记 in a frame of one column): its paragraphs are the document's, each its own, as if no table
 * were there. Read as rows, a whole body in one cell would be a single line.
 *
 * A row one of whose cells holds a table of several columns is a layout row too (a form-like template:
 * "重点任务 | [任务分解表]"): the inner table is the data, and read as one cell's text its rows would run
 * together; the row gives its cells' paragraphs and the inner table's rows.
 */
export class WordTableRows {
  // Text of the last merge-starting cell, by grid column.
  private readonly above = new Map<number, string>();
  private readonly rows: Cell[][] = [];
  // What each row gives as blocks of the document: its line, or a layout row's paragraphs and rows.
  private readonly rowBlocks: SourceParagraph[][] = [];
  private row: Cell[] | null = null;
  private rowTexts: string[] = [];
  private col = 0;
  private cell: Cell | null = null;

  get inCell(): boolean {
    return this.cell !== null;
  }

  startRow(): void {
    this.row = [];
    this.rowTexts = [];
    this.col = 0;
  }

  /** w:gridBefore: grid columns the row leaves out at its start. */
  skipColumns(n: number): void {
    if (Number.isFinite(n) && n > 0) this.col += n;
  }

  startCell(): void {
    this.cell = { parts: [], span: 1, merge: null };
  }

  /** w:gridSpan. */
  span(n: number): void {
    if (this.cell && Number.isFinite(n) && n > 1) this.cell.span = n;
  }

  /** w:vMerge: "restart" starts a merged cell; no value (or "continue") goes on with the one above. */
  merge(val: string | null): void {
    if (this.cell) this.cell.merge = val === 'restart' ? 'restart' : 'continue';
  }

  addParagraph(p: SourceParagraph): void {
    this.cell?.parts.push({ paragraph: p });
  }

  /** A table inside the cell open: its rows if this one turns out to be a layout table, else its text. */
  addTable(t: TableContent): void {
    this.cell?.parts.push({ table: t });
  }

  endCell(): void {
    const cell = this.cell;
    if (!cell || !this.row) return;
    let text = cellText(asText(cell).map((p) => p.text));
    if (cell.merge === 'continue' && !text.trim()) text = this.above.get(this.col) ?? '';
    else if (cell.merge === 'restart') this.above.set(this.col, text);
    else this.above.delete(this.col);
    this.row.push(cell);
    this.rowTexts.push(text);
    this.col += cell.span;
    this.cell = null;
  }

  endRow(): void {
    const row = this.row;
    this.row = null;
    if (!row) return;
    this.rows.push(row);
    const framesTable = row.some((c) => c.parts.some((x) => 'table' in x && x.table.hasRows));
    if (framesTable) this.rowBlocks.push(row.flatMap(asBlocks));
    else this.rowBlocks.push(this.rowTexts.some((c) => c.trim()) ? [{ text: `${this.rowTexts.join(' | ')} |` }] : []);
  }

  /**
   * What the table gives: as blocks of the document its rows as lines, or a layout table's own
   * paragraphs (a table inside it keeping its rows); as the text of a cell it sits in, its paragraphs,
   * cell after cell.
   */
  endTable(): TableContent {
    const layout = this.rows.length > 0 && this.rows.every((r) => r.length <= 1);
    const blocks = layout ? this.rows.flatMap((r) => r.flatMap(asBlocks)) : this.rowBlocks.flat();
    const paragraphs = this.rows.flatMap((r) => r.flatMap(asText));
    return { blocks, paragraphs, hasRows: !layout && blocks.length > 0 };
  }
}
