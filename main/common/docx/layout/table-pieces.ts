import type { TableBox, TableRowBox } from './page-layout';

/** A table row, or the part of a split row, on one page: twips from the 版心 top. */
export interface TablePiece {
  page: number;
  y: number;
  height: number;
  /** -1 for the (repeated) header row, else the index into the box's rows. */
  row: number;
  /** Lines of the row shown here: [from, from + count). */
  from: number;
  count: number;
  /** The whole row is here (its cells are centred vertically); of a split row, the first part is top-aligned, a later part centres what each cell has left. */
  whole: boolean;
}

const rowHeight = (r: TableRowBox) => r.lines * r.line + r.padding;

/**
 * Where each row of a table lands, by the same rules as page-layout.ts placeTable (rows stack; a row
 * that does not fit goes to the next page under the repeated header or, if it may split, fills the page
 * line by line). A unit test checks that both end at the same page and height for every table it lays.
 */
export function tablePieces(box: TableBox, at: { page: number; y: number }, height: number): { pieces: TablePiece[]; end: { page: number; y: number } } {
  let { page, y } = at;
  const pieces: TablePiece[] = [];
  const header = box.header;
  const headerHeight = header ? rowHeight(header) : 0;
  const putHeader = () => {
    if (header) pieces.push({ page, y, height: headerHeight, row: -1, from: 0, count: header.lines, whole: true });
  };
  const newPage = () => {
    page++;
    y = 0;
    putHeader();
    y = headerHeight;
  };
  if (header) {
    const firstLine = box.rows[0] ? box.rows[0].line + box.rows[0].padding : 0;
    if (y + headerHeight + firstLine > height && y > 0) {
      page++;
      y = 0;
    }
    putHeader();
    y += headerHeight;
  }
  box.rows.forEach((row, index) => {
    const full = rowHeight(row);
    if (y + full <= height) {
      pieces.push({ page, y, height: full, row: index, from: 0, count: row.lines, whole: true });
      y += full;
      return;
    }
    if (!row.canSplit) {
      if (y > headerHeight) newPage();
      pieces.push({ page, y, height: full, row: index, from: 0, count: row.lines, whole: true });
      y += full;
      return;
    }
    let left = row.lines;
    while (left > 0) {
      const fit = Math.floor((height - y - row.padding) / row.line);
      if (fit <= 0 && y > headerHeight) {
        newPage();
        continue;
      }
      const take = Math.max(1, Math.min(fit, left));
      pieces.push({ page, y, height: take * row.line + row.padding, row: index, from: row.lines - left, count: take, whole: take === row.lines });
      y += take * row.line + row.padding;
      left -= take;
      if (left > 0) newPage();
    }
  });
  return { pieces, end: { page, y } };
}
