import { fold } from './line';
import { isName, unitsColumn } from './stacked-unit-cell';

/** Columns whose cells hold unit names. */
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;

/** The row's own text: "考核内容" after "考核指标" (the indicator a category over rows), else the column naming work. */
function taskColumn(header: readonly string[]): number {
  const h = header.map((x) => fold(x).replace(/\s/g, ''));
  const indicator = h.findIndex((x) => /指标$/.test(x));
  const content = h.findIndex((x, i) => i > indicator && /内容$/.test(x));
  if (indicator > 0 && content > indicator) return content;
  return h.findIndex((x, i) => i > 0 && /任务|内容|措施|举措|事项|工作$/.test(x));
}

/**
 * "序号 | 考核指标 | 考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门": an assessment list names the bodies that answer
 * for a row in the columns that close it. Set one cell a line, a row that lost its merged cells (the 考核指标 over
 * several rows) and its empty ones (a 单位 left blank), or whose 责任部门 cell is written one name a line, shows
 * more or fewer cells than the header, and read in order its cells land one column off (a bureau under 年度目标).
 * Its cells are placed from both ends: the names at its end fill the units columns that close the header
 * (names beyond their count are the first one's, the 责任 column naming the several bodies that share a task);
 * the first of the other cells is the row's task, the cells after it fill the columns just before the units,
 * right to left. Returns the row's cells without 序号 ('' where it shows none), or null when the row does not
 * read so.
 */
export function placeByEnds(texts: readonly string[], header: readonly string[]): string[] | null {
  const first = unitsColumn(header);
  if (first < 2 || !header.slice(first).every((h) => UNITS_COL.test(h))) return null;
  const closing = header.length - first;
  let k = texts.length;
  while (k > 0 && isName(texts[k - 1]!)) k--;
  const names = texts.slice(k);
  const rest = texts.slice(0, k);
  const before = first - 1;
  if (names.length < closing || !rest.length || rest.length > before) return null;
  const spare = names.length - closing;
  const units = [names.slice(0, spare + 1).join('、'), ...names.slice(spare + 1)];
  if (rest.length === before) return [...rest, ...units];
  const task = taskColumn(header);
  const after = rest.slice(1);
  if (task < 1 || task >= first || after.length > first - 1 - task) return null;
  const lead: string[] = Array.from({ length: before }, () => '');
  lead[task - 1] = rest[0]!;
  after.forEach((t, i) => { lead[before - after.length + i] = t; });
  return [...lead, ...units];
}

/**
 * Whether a row read cell by cell in column order would be one column off: it shows more or fewer cells than
 * the header, or a body's name lands in the column just before the first units column (a 年度目标 holds no bureau).
 */
export function offByOne(texts: readonly string[], header: readonly string[]): boolean {
  if (texts.length !== header.length - 1) return true;
  const first = unitsColumn(header);
  return first >= 2 && !UNITS_COL.test(header[first - 1]!) && isName(texts[first - 2]!);
}
