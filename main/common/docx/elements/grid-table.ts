import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlign, WidthType } from 'docx';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { textRuns } from '../text-run';
import { rowsThatSplit } from '../layout/flow-box';

export interface GridTableSpec {
  rows: string[][];
  /** The first row is a header: 黑体, centred, repeated on every page (w:tblHeader). */
  header: boolean;
  /** Column widths in twips; their sum is the table width (WPS honours gridCol over tblW). */
  widths: number[];
  /** Columns whose text is centred (序号, 完成时限). */
  centred?: number[];
  /** Columns whose text is set flush left, not justified (unit lists: justifying a short line spreads it). */
  left?: number[];
  /** Rows may break across pages (long 主要内容 would leave half-empty pages otherwise). */
  splitRows?: boolean;
  /** With splitRows: rows of fewer lines than this are kept whole (w:cantSplit), so no one-line slivers. */
  keepWholeUnder?: number;
}


/**
 * A bordered table whose text is NOT on the body's 28.95 pt grid: exact 20 pt lines in 小四
 * (docs/gbt9704.md#tables-and-landscape-pages: the body line spacing blows up row heights).
 */
export function gridTable(ctx: BuildContext, spec: GridTableSpec): Table {
  const s = ctx.style;
  const line = { style: BorderStyle.SINGLE, size: s.table.border, color: '000000' };
  const cell = (text: string, col: number, head: boolean) => new TableCell({
    width: { size: spec.widths[col] ?? 0, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: text.split('\n').map((t) => new Paragraph({
      style: StyleIds.table,
      alignment: head || spec.centred?.includes(col) ? AlignmentType.CENTER : spec.left?.includes(col) ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
      children: textRuns(s.faces, { text: t, face: head ? 'heiti' : 'fangsong', size: s.sizes.table }),
    })),
  });
  const width = spec.widths.reduce((a, b) => a + b, 0);
  const splits = rowsThatSplit(spec, s);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: spec.widths,
    layout: TableLayoutType.FIXED,
    // Cell margins once for the table (w:tblCellMar), not per cell: a 300-row 任务分解表 has 1,800 cells, and
    // each per-cell w:tcMar cost the docx packer ten XML objects (export time, README "Benchmarks").
    margins: { left: s.table.cellMargin, right: s.table.cellMargin, top: s.table.cellMarginVertical, bottom: s.table.cellMarginVertical },
    alignment: AlignmentType.CENTER,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: spec.rows.map((cells, r) => new TableRow({
      // Only what is on: docx writes false as <w:cantSplit w:val="off"/>, the default anyway.
      ...(spec.header && r === 0 ? { tableHeader: true } : {}),
      ...(splits[r] ? {} : { cantSplit: true }),
      children: spec.widths.map((_, c) => cell(cells[c] ?? '', c, spec.header && r === 0)),
    })),
  });
}

/** The table as a piece of the flow, measurable by page-layout; its docx Table is built on first use (packing
 * writes the XML directly, xml/grid-table-xml.ts). */
export function gridTableFlow(ctx: BuildContext, spec: GridTableSpec): Flow {
  let node: Table | undefined;
  return {
    table: spec,
    get node() {
      return (node ??= gridTable(ctx, spec));
    },
  };
}
