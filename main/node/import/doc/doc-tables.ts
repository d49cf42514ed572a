import type { SourceParagraph } from '../../../common/import/import-plan';
import { WordTableRows, type TableContent } from '../word-table-rows';
import type { CellMerge, ParagraphProps } from './doc-paragraph-props';

/** A paragraph of a cell, or a table inside it. */
type CellPart = { paragraph: SourceParagraph } | { table: TableContent };

/** A table being read at one depth: the rows so far, the open row's cells (merges come with its end mark), the open cell. */
interface Level {
  rows: WordTableRows;
  row: CellPart[][];
  cell: CellPart[];
}

/**
 * The tables of a .doc, nested ones included ([MS-DOC] 2.4.3): a paragraph's depth is its sprmPItap. At depth 1 a
 * cell ends with a cell mark and a row with its end mark (sprmPFTtp); deeper, a cell ends with a paragraph
 * marked sprmPFInnerTableCell and a row with sprmPFInnerTtp. Rows go through the .docx's table reader, so a
 * table nested in a cell is kept as it is in a .docx (a task table in a layout frame gives its rows).
 */
export class DocTables {
  private readonly levels: Level[] = [];

  get open(): boolean {
    return this.levels.length > 0;
  }

  /** A paragraph in a table (after the text boxes anchored in it); returns the blocks of tables that closed. */
  add(boxes: readonly SourceParagraph[], paragraph: SourceParagraph, props: ParagraphProps, cellMark: boolean): SourceParagraph[] {
    const depth = Math.max(1, props.depth);
    const done = this.closeTo(depth);
    while (this.levels.length < depth) this.levels.push({ rows: new WordTableRows(), row: [], cell: [] });
    const level = this.levels[depth - 1]!;
    const parts = boxes.map((p) => ({ paragraph: p }));
    if (depth === 1 ? props.rowEnd : props.innerRowEnd) {
      // A row's end mark is no text; a box anchored on it belongs to the last cell.
      (level.row[level.row.length - 1] ?? level.cell).push(...parts);
      endRow(level, props.merges);
      return done;
    }
    level.cell.push(...parts, { paragraph });
    if (depth === 1 ? cellMark : props.innerCellEnd) {
      level.row.push(level.cell);
      level.cell = [];
    }
    return done;
  }

  /** Closes the tables deeper than `depth` (each into the cell around it); returns a top-level table's blocks. */
  closeTo(depth: number): SourceParagraph[] {
    let blocks: SourceParagraph[] = [];
    while (this.levels.length > depth) {
      const level = this.levels.pop()!;
      // A table cut off before its last row's end mark (a damaged file) keeps the cells it has.
      if (level.row.length || level.cell.length) endRow(level, []);
      const content = level.rows.endTable();
      const parent = this.levels[this.levels.length - 1];
      if (parent) parent.cell.push({ table: content });
      else blocks = content.blocks;
    }
    return blocks;
  }
}

/** The row's cells go to the table reader with the merges its end mark states. */
function endRow(level: Level, merges: readonly CellMerge[]): void {
  const rows = level.rows;
  rows.startRow();
  level.row.forEach((parts, i) => {
    rows.startCell();
    const merge = merges[i] ?? null;
    if (merge) rows.merge(merge);
    for (const part of parts) {
      if ('paragraph' in part) rows.addParagraph(part.paragraph);
      else rows.addTable(part.table);
    }
    rows.endCell();
  });
  rows.endRow();
  level.row = [];
  level.cell = [];
}
