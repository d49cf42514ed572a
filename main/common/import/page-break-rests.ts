/**
 * "3" / "筹建省级…国家级轨道交通装" / "到2016年底,…" / "市发展改革局、…" / "序号" / "工作内容" / "工作目标" /
 * "责任单位" / "备产业计量测试中心" / "4": a table row a page break cut. Word repeats the header row at the top of
 * each page (标题行重复), and the row's cells go on below it: the rest of each cell the break cut, in column
 * order, the cells that had ended showing nothing. Set one cell a line, the header's headings stand inside the
 * row, then the rests. The headings are no cells; the rests belong to the cells before them.
 *
 * `texts` are the row's cells after its number, `header` the table's headings (序号 first). Returns the cells
 * before the repeated header and the rests after it, or null when the row holds no repeated header.
 */
export function pageBreakRests(texts: readonly string[], header: readonly string[]): { cells: string[]; rests: string[] } | null {
  const key = (s: string) => s.replace(/\s/g, '');
  const heads = header.map(key);
  for (let at = 1; at + heads.length <= texts.length; at++) {
    if (heads.every((h, k) => key(texts[at + k]!) === h)) {
      return { cells: texts.slice(0, at), rests: texts.slice(at + heads.length) };
    }
  }
  return null;
}

/**
 * Each rest goes to the first cell not yet given one that the break cut: a cell whose text ends mid-sentence
 * (no 。; ! ?), not a units cell that already ends in a whole name. With none such, the row's first cell (its
 * task) takes it.
 */
export function addRests(cells: string[], rests: readonly string[], isWholeUnits: (col: number) => boolean): void {
  const given = new Set<number>();
  for (const rest of rests) {
    let col = cells.findIndex((c, i) => i >= 1 && !given.has(i) && !/[。；;！!？?]$/.test(c) && !isWholeUnits(i));
    if (col < 0) col = 1;
    given.add(col);
    cells[col] += rest;
  }
}
