import { isName, unitsColumn } from './stacked-unit-cell';

/**
 * "9" / "深化机关事业单位养老保险制度改革和提高城乡低保补助标准" / "完成在职参保人数6300人" / "区人社局" / …: a 民生实事
 * table may give one project several items, each a row of its own with its own unit, target and progress, the
 * project's name in a cell merged over them (a two-level 项目名称 column). Set one cell a line (empty cells
 * lost), the project's name stands first and the items' rows follow it. When the cell after the first is no
 * body's name where a row's units cell would be one, each later name is an item's unit and the cell before it
 * the item: the rows run from item to item (the copy's last row, cut, may end before its unit). Each item is a
 * row of its own, its task named with the project ("project：item"). Returns the rows' cells without 序号, or null.
 */
export function projectSubRows(texts: readonly string[], header: readonly string[], cut: boolean): string[][] | null {
  const full = header.length - 1;
  if (unitsColumn(header) !== 2 || texts.length < 3 || isName(texts[0]!) || isName(texts[1]!)) return null;
  const project = texts[0]!;
  const rest = texts.slice(1);
  const units = rest.flatMap((t, i) => (isName(t) ? [i] : []));
  const row = (r: readonly string[]) => [`${project}：${r[0]}`, ...r.slice(1), ...Array.from({ length: full - r.length }, () => '')];
  // The copy's last row, cut inside its first item's unit: the item stands whole after the project.
  // Its cells stay as many as the copy shows: the columns it lost are not carried down from the row above.
  if (!units.length) return cut && rest.length >= 2 && rest.length < full && rest[0]!.length >= 8 ? [[`${project}：${rest[0]}`, ...rest.slice(1)]] : null;
  const starts = units.map((u) => u - 1);
  if (starts[0] !== 0 || starts.some((s, i) => i > 0 && s - starts[i - 1]! < 2)) return null;
  const rows = starts.map((s, i) => rest.slice(s, starts[i + 1] ?? rest.length));
  return rows.length >= 2 && rows.every((r) => r.length <= full) ? rows.map(row) : null;
}
