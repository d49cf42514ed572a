/**
 * Where pages end, computed rather than guessed: every paragraph of the export has exact line spacing,
 * so a section's flow is a stack of known heights and a page holds what fits in the 版心 height.
 * The rules are LibreOffice's, checked against its renders (tests/render/page-layout.test.ts), and the
 * exporter writes the paragraph properties that make Word and WPS follow the same ones (no widow
 * control, keep-with-next paragraphs also keep their lines together).
 */

/** A paragraph: `lines` lines of `line` twips each. */
export interface LinesBox {
  kind: 'lines';
  lines: number;
  line: number;
  /** Twips added after the last line (a paragraph border's spacing and width). */
  extra?: number;
  /** Must share a page with the next box's first line; a kept paragraph moves whole. */
  keepNext: boolean;
  pageBreakBefore: boolean;
}

/** One table row: the tallest cell's lines, each `line` twips, plus the cell padding above and below. */
export interface TableRowBox {
  lines: number;
  line: number;
  padding: number;
  /** The row may break across pages at a line boundary (w:cantSplit absent). */
  canSplit: boolean;
}

/** A table; a header row is repeated at the top of every page the table continues on (w:tblHeader). */
export interface TableBox {
  kind: 'table';
  header: TableRowBox | null;
  rows: TableRowBox[];
}

/**
 * Something pinned to the bottom of the page the flow has reached (the 版记 frames): it needs `height`
 * twips free above `limit` (the 版心 bottom, measured from the 版心 top), else it moves to the next page.
 */
export interface BottomBox {
  kind: 'bottom';
  height: number;
  limit: number;
}

export type Box = LinesBox | TableBox | BottomBox;

/** Where a box starts and ends: page index within the section (0-based) and twips from the 版心 top. */
export interface Placement {
  startPage: number;
  startY: number;
  endPage: number;
  endY: number;
}

export interface SectionLayout {
  /** Pages the section fills (at least 1). */
  pages: number;
  /** Twips used on the last page. */
  lastUsed: number;
  placements: Placement[];
}

const rowHeight = (r: TableRowBox) => r.lines * r.line + r.padding;

interface Cursor { page: number; y: number }

/** Lines of a paragraph laid from `at`; returns where it ends. Lines never split (exact height). */
function placeLines(box: LinesBox, at: Cursor, height: number): Cursor {
  let { page, y } = at;
  for (let i = 0; i < box.lines; i++) {
    if (y + box.line > height && y > 0) {
      page++;
      y = 0;
    }
    y += box.line;
  }
  return { page, y: y + (box.extra ?? 0) };
}

/**
 * A table from `at`: rows stack; a row that does not fit goes to the next page under the repeated
 * header, or, if it may split, fills the page line by line and continues there.
 */
function placeTable(box: TableBox, at: Cursor, height: number): Cursor {
  let { page, y } = at;
  const header = box.header ? rowHeight(box.header) : 0;
  const newPage = () => {
    page++;
    y = header;
  };
  if (box.header) {
    const firstLine = box.rows[0] ? box.rows[0].line + box.rows[0].padding : 0;
    if (y + header + firstLine > height && y > 0) {
      page++;
      y = 0;
    }
    y += header;
  }
  for (const row of box.rows) {
    const full = rowHeight(row);
    if (y + full <= height) {
      y += full;
      continue;
    }
    if (!row.canSplit) {
      if (y > header) newPage();
      y += full;
      continue;
    }
    // Split: as many lines as fit here (with the padding), the rest on following pages.
    let left = row.lines;
    while (left > 0) {
      const fit = Math.floor((height - y - row.padding) / row.line);
      if (fit <= 0 && y > header) {
        newPage();
        continue;
      }
      const take = Math.max(1, Math.min(fit, left));
      y += take * row.line + row.padding;
      left -= take;
      if (left > 0) newPage();
    }
  }
  return { page, y };
}

function place(box: Box, at: Cursor, height: number): Placement {
  if (box.kind === 'bottom') {
    const page = at.y + box.height > box.limit && at.y > 0 ? at.page + 1 : at.page;
    return { startPage: page, startY: page === at.page ? at.y : 0, endPage: page, endY: Math.max(at.y, box.limit) };
  }
  let start = at;
  if (box.kind === 'lines') {
    if (box.pageBreakBefore && at.y > 0) start = { page: at.page + 1, y: 0 };
    // The first line decides where the paragraph starts.
    if (start.y + box.line > height && start.y > 0) start = { page: start.page + 1, y: 0 };
    // A kept paragraph also keeps its lines together (w:keepLines beside every w:keepNext): one that would
    // break over the page end starts on the next page, if it fits a page (LibreOffice, issue #12: seed
    // 002's run-in （五） paragraph before the 落款 chain moved whole; it was estimated split).
    if (box.keepNext && start.y > 0 && box.lines * box.line + (box.extra ?? 0) <= height && placeLines(box, start, height).page > start.page) {
      start = { page: start.page + 1, y: 0 };
    }
  }
  const end = box.kind === 'lines' ? placeLines(box, start, height) : placeTable(box, start, height);
  return { startPage: start.page, startY: start.y, endPage: end.page, endY: end.y };
}

/**
 * Lay out one section's boxes on pages of `height` twips. A chain of keep-with-next paragraphs whose
 * follower starts on a new page moves there whole, unless the chain already starts at a page top.
 */
export function paginate(boxes: readonly Box[], height: number): SectionLayout {
  const placements: Placement[] = [];
  let at: Cursor = { page: 0, y: 0 };
  for (let i = 0; i < boxes.length; i++) {
    const p = place(boxes[i]!, at, height);
    const prev = placements[i - 1];
    if (prev && p.startPage > prev.endPage) {
      let head = i - 1;
      while (head > 0 && isKept(boxes[head - 1]) && placements[head - 1]!.endPage === prev.endPage && placements[head - 1]!.startPage === prev.endPage) head--;
      const chainKept = isKept(boxes[i - 1]);
      const headAtTop = placements[head]!.startY === 0;
      if (chainKept && !headAtTop && placements[head]!.startPage === prev.endPage) {
        placements.length = head;
        at = { page: prev.endPage + 1, y: 0 };
        for (let k = head; k <= i; k++) {
          const moved = place(boxes[k]!, at, height);
          placements.push(moved);
          at = { page: moved.endPage, y: moved.endY };
        }
        continue;
      }
    }
    placements.push(p);
    at = { page: p.endPage, y: p.endY };
  }
  const last = placements[placements.length - 1];
  return { pages: (last?.endPage ?? 0) + 1, lastUsed: last?.endY ?? 0, placements };
}

function isKept(box: Box | undefined): boolean {
  return box?.kind === 'lines' && box.keepNext;
}
