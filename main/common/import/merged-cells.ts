/**
 * A web table copied as `|` rows loses its merged cells. A heading over several columns ("分 解 情 况" over
 * 指标 | 数量 | 分到各乡镇) leaves the header shorter than the full rows; a cell over several rows (the project,
 * its 责任领导 and 责任单位, written once for all its indicators) is written in the first of them only, so the
 * rows after it hold just the middle cells ("城镇失业人员再就业(人) | 250 | 白果乡8 …"). Such a table is set
 * back: the columns of who answers for the row are matched to the full row's end, those before them to its
 * start, and the heading between covers the cells left (joined); a short row that holds exactly those middle cells takes its other cells from the row
 * above. Tables whose rows all fit the header are returned as they are.
 */
const WHO = /责任|牵头|配合|领导|单位|部门|时限|完成时间|备注/;

export function mergedCells(header: readonly string[], rows: readonly string[][]): { header: string[]; rows: string[][] } | null {
  const width = Math.max(...rows.map((r) => r.length));
  const extra = width - header.length;
  // The columns that say who answers for a row (责任领导, 责任单位, 责任人 …) end it: they are matched from the
  // right, and the heading just before them is the one that covers several columns.
  const who = header.findIndex((h) => WHO.test(h.replace(/\s/g, '')));
  if (extra <= 0 || extra > 4 || who < 2) return null;
  const left = who - 1;
  const right = header.length - who;
  const middle = width - left - right;
  let above: string[] | null = null;
  const out: string[][] = [];
  for (const r of rows) {
    let row = r;
    if (r.length === width) above = r;
    else if (above && r.length === middle) row = [...above.slice(0, left), ...r, ...above.slice(width - right)];
    else {
      out.push([...r, ...Array<string>(Math.max(0, header.length - r.length)).fill('')]);
      continue;
    }
    out.push([...row.slice(0, left), row.slice(left, left + middle).filter(Boolean).join(' '), ...row.slice(left + middle)]);
  }
  return { header: [...header], rows: out };
}
