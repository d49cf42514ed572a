/**
 * The lines of one row of a table set one cell a line, as a PDF copy gives them: a long cell is broken at
 * the page's width like prose ("对行政规范性文件…现行有效行政规范性文" / "件目录。"), and each piece would be
 * read as a cell of its own (the task cut, its end read as a unit or a deadline). A cell ends a sentence or
 * a name; a piece that stops after a comma or an open bracket, or fills the page's width without ending a
 * clause, goes on in the next line.
 */
const OPEN_END = /[,，、(（《“‘〔【]$/;
const CLAUSE_END = /[。;；:：!！?？)）》”’〕】]$/;

/** Columns a line takes on a page: CJK and full-width forms one, ASCII half. */
export function pageColumns(s: string): number {
  let n = 0;
  for (const ch of s.trim()) n += ch.charCodeAt(0) < 0x2e80 && !/[—…“”‘’]/.test(ch) ? 0.5 : 1;
  return n;
}

/**
 * The page width of a PDF copy whose text is mostly a table set one cell a line: `wrapWidth` finds none
 * there (most lines are short cells), but the pieces of the long cells all stop at the page's edge — three
 * or more lines within a column and a half of the longest, which is a page's width (20–45 columns). A copy
 * that keeps a cell a line has its longest cells of all lengths.
 */
export function tableWrapWidth(texts: readonly string[]): number | null {
  const widths = texts.filter((t) => !/[|｜]\s*$/.test(t)).map(pageColumns).filter((w) => w >= 12);
  const top = Math.max(0, ...widths);
  if (top < 20 || top > 45) return null;
  return widths.filter((w) => w >= top - 1.5).length >= 3 ? top : null;
}

/**
 * Joins the broken pieces of a row's cells. `width` is the copy's page width (null: none found — only a
 * comma or an open bracket at a line's end says the cell goes on). Returns each joined cell with the index
 * (into `texts`) of its last piece, so the caller can tell which source lines a cell took.
 */
export function joinWrappedCells(texts: readonly string[], width: number | null): Array<{ text: string; last: number }> {
  const out: Array<{ text: string; last: number }> = [];
  let open = false;
  texts.forEach((t, k) => {
    const prev = out[out.length - 1];
    if (prev && open) {
      prev.text += t;
      prev.last = k;
    } else out.push({ text: t, last: k });
    // A cell is never a lone number or a short name that fills a line: only a long piece goes on.
    const full = width !== null && t.length >= 12 && pageColumns(t) >= width - 2 && !CLAUSE_END.test(t);
    open = OPEN_END.test(t) || full;
  });
  return out;
}
