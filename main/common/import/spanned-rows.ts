/**
 * A web table whose cells span rows (the part and the group, written once beside all their tasks) loses
 * them when a converter copies it as Markdown rows: each later row holds only its own cells, written from the first column,
 * and the copy pads it at the end ("| 2.持续开展… | 县农业农村局 | 2025年11月底前 | ||"). Such a row is set
 * back: its cells move right by the count of empty cells it ends with, and the columns it left open take
 * the cells of the row above (the spanning ones). Only in a table whose full rows fill their last column
 * and whose last column is no 备注 (a column often left empty), and only when the row above has the cells to
 * lend: then an empty last cell is the padding.
 */
export function spannedRows(header: readonly string[], rows: readonly string[][]): string[][] {
  const n = header.length;
  const full = rows.some((r) => r.length === n && r.every((c) => c.trim() !== ''));
  if (n < 3 || !full || /备注|说明|附注/.test(header[n - 1]!)) return rows.map((r) => [...r]);
  const out: string[][] = [];
  let above: string[] | null = null;
  for (const r of rows) {
    const k = trailingEmpty(r);
    if (above && r.length === n && k > 0 && k < n - 1 && r[0]!.trim() !== '' && above.slice(0, k).every((c) => c.trim() !== '')) {
      const row: string[] = [...above.slice(0, k), ...r.slice(0, n - k)];
      out.push(row);
      above = row;
      continue;
    }
    const cut = above && r.length < n ? cutRow(above, r) : null;
    out.push(cut ?? [...r]);
    if (r.length === n && k === 0) above = [...r];
  }
  return out;
}

function trailingEmpty(r: readonly string[]): number {
  let k = 0;
  while (k < r.length && r[r.length - 1 - k]!.trim() === '') k++;
  return k;
}

/** A task's own number at the start of a cell: "6.加大…", "(六)…", "六、…". */
const NUMBERED = [/^\d{1,3}[.．、]/, /^[(（][一二三四五六七八九十]+[)）]/, /^[一二三四五六七八九十]+、/];

/**
 * The table's last row cut off by the end of the copy ("| 6.加大…场", see `closeCutMarkdownRow`) lost its
 * padding with its closing pipe, so its empty cells cannot say how far to set it back. Its first cell's
 * number does: it goes in the column where the row above has a number of the same form (the task column),
 * the columns before it taken from that row as the spans lend them. Null when no column of the row above
 * is numbered that way.
 */
function cutRow(above: readonly string[], r: readonly string[]): string[] | null {
  const form = NUMBERED.find((re) => re.test(r[0]!.trim()));
  const at = form ? above.findIndex((c) => form.test(c.trim())) : -1;
  if (at <= 0 || at + r.length > above.length) return null;
  return [...above.slice(0, at), ...r];
}
