import { fold } from './line';
import { looksLikeUnit } from './unit-names';
import { isMeasureUnitColumn } from './measure-unit-column';

/** Columns whose cells hold unit names (a leader's column names a person, not a body). */
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;
const LEADER_COL = /领导|责任人/;
/** In a units column a town or street named by itself ("东林街道", "万东镇") is a body too: the task is its to do. */
const PLACE_BODY = /^[\u4e00-\u9fff]{2,8}(街道|镇|乡|苏木)$/;
/** The first column of unit names: not a leader's, not a figure's unit of measure (a bare 单位 beside 责任部门). */
export const unitsColumn = (header: readonly string[]) =>
  header.findIndex((h, i) => i > 0 && UNITS_COL.test(h) && !LEADER_COL.test(h) && !isMeasureUnitColumn(h, header));

export const isName = (t: string) => {
  const m = fold(t).replace(/\s/g, '');
  return m.length <= 16 && (looksLikeUnit(m) || PLACE_BODY.test(m));
};

/**
 * A 责任单位 cell that names several bodies is written one name a line in its narrow column ("万盛街道" /
 * "东林街道" / "万东镇"): a task shared by the streets and towns it reaches. A copy that sets the table one
 * cell a line cannot tell those lines from cells, so the row shows more cells than the header has columns.
 * When the surplus lines sit in the units column (each a body's name, the cells after them filling the
 * remaining columns exactly), they are that one cell again: its names are joined with 、. Returns the row's
 * cells (without 序号) or null when the row does not read so.
 */
export function joinStackedUnits(texts: readonly string[], header: readonly string[]): string[] | null {
  const extra = texts.length - (header.length - 1);
  if (extra <= 0) return null;
  const col = unitsColumn(header);
  if (col < 1) return null;
  const from = col - 1;
  const names = texts.slice(from, from + extra + 1);
  if (names.length !== extra + 1 || !names.every(isName)) return null;
  // The cell after the names must not be a name too: the stack would then be ambiguous. Unless that cell
  // fills a units column of its own ("责任部门 | 评分部门"): the 责任 column is the one that names several bodies
  // (a task shared), the next one (who checks or scores it) names one.
  const after = texts[from + extra + 1];
  if (after !== undefined && isName(after) && !UNITS_COL.test(header[col + 1] ?? '')) return null;
  return [...texts.slice(0, from), names.join('、'), ...texts.slice(from + extra + 1)];
}
