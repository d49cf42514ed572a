import { isName, unitsColumn } from './stacked-unit-cell';

/** Columns whose cells hold unit names. */
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;

/** A units cell: a name, or names listed with 、. */
const names = (t: string) => t.split('、').every((n) => isName(n));

/**
 * "5" / "开工建设县老年养护楼。" / "县民政局" / "5月底前动工" / "开工建设老年大学。" / "12月底前": a 民生实事 table may
 * split one item's task cell in two, each part with its own deadline, under one 序号 and one 责任单位 cell merged
 * over both (the same department does both). Set one cell a line, the second part's cells (its task and
 * deadline, the columns that are not units) follow the first row's. When the cells beyond a full row are whole
 * sub-rows of the columns that are not units, none a body's name, and the first row reads as a row (names in
 * its units cells, none elsewhere), each sub-row is a row of its own with the merged units cells carried down.
 * Returns the rows' cells without 序号, or null.
 */
export function sharedUnitsSubRows(texts: readonly string[], header: readonly string[]): string[][] | null {
  const full = header.length - 1;
  const col = unitsColumn(header);
  if (col < 1 || texts.length <= full) return null;
  const own = header.flatMap((h, i) => (i > 0 && !UNITS_COL.test(h) ? [i] : []));
  const extra = texts.slice(full);
  if (!own.length || extra.length % own.length || extra.some(isName)) return null;
  const first = texts.slice(0, full);
  const unitCols = header.flatMap((h, i) => (i > 0 && UNITS_COL.test(h) ? [i] : []));
  if (!unitCols.every((i) => names(first[i - 1]!)) || own.some((i) => isName(first[i - 1]!))) return null;
  const rows = [first];
  for (let k = 0; k < extra.length; k += own.length) {
    const part = extra.slice(k, k + own.length);
    rows.push(header.slice(1).map((_, j) => (own.includes(j + 1) ? part[own.indexOf(j + 1)]! : first[j]!)));
  }
  return rows;
}
