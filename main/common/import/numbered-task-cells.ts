import { makeLine, type Line } from './line';
import { fillMerged, placeCells } from './short-rows';

/**
 * A 任务分解表 often has no 序号 column: the task cell itself opens with the row's number ("1.主动对接国家战略…"),
 * as the plan's numbered tasks are written. A column heading of such a table, or a piece of one a narrow column
 * broke ("主要" / "任务").
 */
const HEADING = /工作$|任务|措施|举措|内容|事项|单位|部门|科室|股室|处室|牵头|配合|协办|领导|责任人|备注|说明|时限|时间/;
/** The task column's heading ("主要工作任务", "工作措施"; "重点工作" over a zone's tasks). */
const TASK_COL = /^(主要|重点|具体)?(工作)?(任务|措施|举措|事项|内容)$|^(主要|重点)工作$/;
/** The headings after it: who does the task (one at least naming units), who leads, by when, a remark. */
const AFTER_COL = /单位|部门|股室|科室|处室|牵头|配合|协办|领导|责任人|时限|时间|备注|说明/;
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;
/** A group row between the rows ("一、优结构、谋发展，…", "(一)支持企业稳定岗位"). */
const GROUP = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
/** A task cell that carries its own number: "2.纳入工信部…" (a task is a sentence, not a word). */
const NUMBERED = /^(\d{1,3})\s*[.．、]\s*(\S.{7,})$/;

const bare = (l: Line | undefined) => (l ? l.text.trim().replace(/\s*[|｜]$/, '').trim() : '');
const squeezed = (l: Line | undefined) => bare(l).replace(/\s/g, '');

/** The headings from line `i` on, a heading a narrow column broke over two lines joined. */
function headings(lines: readonly Line[], i: number): { names: string[]; end: number } {
  const names: string[] = [];
  let j = i;
  for (; j < lines.length && names.length < 8; j++) {
    const h = squeezed(lines[j]);
    const next = squeezed(lines[j + 1]);
    if (!HEADING.test(h) && /^[\u4e00-\u9fff]{2}$/.test(h) && HEADING.test(h + next) && (h + next).length <= 8) {
      names.push(h + next);
      j++;
    } else if (h.length <= 8 && HEADING.test(h) && !GROUP.test(h)) names.push(h);
    else break;
  }
  return { names, end: j };
}

/**
 * The columns the table is set back with (the task column and those after it) and where its rows start; null
 * when the lines at `i` are no such header.
 */
function headerAt(lines: readonly Line[], i: number): { columns: string[]; end: number } | null {
  const first = squeezed(lines[i]);
  if (first.length > 8 || (!HEADING.test(first) && first.length !== 2)) return null;
  // The header opens the table: a line after another heading ("工作任务" / "主要内容" / "责任部门") is a later column.
  if (squeezed(lines[i - 1]).length <= 8 && /^(序号|编号)$|任务|措施|举措|事项|内容/.test(squeezed(lines[i - 1]))) return null;
  const { names, end } = headings(lines, i);
  // The task column is the last one naming work before the units: "主要任务" is a group's, "工作措施" the row's.
  const unitsAt = names.findIndex((n) => UNITS_COL.test(n));
  let taskAt = -1;
  for (let k = 0; k < unitsAt; k++) if (TASK_COL.test(names[k]!)) taskAt = k;
  if (taskAt < 0 || !names.slice(taskAt + 1).every((n) => AFTER_COL.test(n))) return null;
  let k = end;
  while (k < lines.length && k - end < 12 && GROUP.test(bare(lines[k]))) k++;
  // Columns before the task column (重点工作, 主要任务) are merged over their rows and show once, as a group line
  // right after the headings; with none, the rows open with task 1. A table whose first column holds the
  // numbered tasks ("工作任务" / "主要内容" / "责任部门" / "1.…") is neither: 主要内容 reads as its task column, and
  // no group line follows.
  const opens = taskAt > 0 ? k > end : NUMBERED.exec(bare(lines[k]))?.[1] === '1';
  return opens ? { columns: names.slice(taskAt), end } : null;
}

/**
 * One row: its task (empty when the copy lost the task cell), then the lines up to the next row or group, one
 * a column. A line that cannot be a cell (a sentence that is not the task's next paragraph) ends the table.
 * A row with more cells than columns (a unit cell's line break turned into a cell of its own) has them placed
 * by kind; when they cannot be, the row ends where its columns do.
 */
function readRow(lines: readonly Line[], j: number, task: string, header: readonly string[]): { cells: string[]; end: number; placed: boolean } {
  const texts = task ? [task] : [''];
  let k = task ? j + 1 : j;
  for (; k < lines.length; k++) {
    const t = bare(lines[k]);
    const cell = (k === j + 1 && !!task) || (t.length <= 60 && !/[。；;]/.test(t));
    if (GROUP.test(t) || NUMBERED.test(t) || !cell) break;
    texts.push(t);
  }
  const width = header.length - 1;
  const placed = texts.length > width && task ? placeCells(texts, header) : null;
  if (placed) return { cells: placed.slice(1), end: k, placed: true };
  const cells = texts.slice(0, width);
  const end = texts.length > width ? k - (texts.length - width) : k;
  while (cells.length < width) cells.push('');
  return { cells, end, placed: false };
}

/**
 * A task table a page set one cell a line with no 序号 column, its task cells carrying their own numbers:
 * "主要工作任务" / "牵头单位" / "责任单位", then "一、…" / "1.主动对接…" / "区发改局" / …; or, in a gazette's 责任分工
 * table, "重点工作" / "主要" / "任务" / "工作措施" / "责任单位" / "备注", then "一、…" / "(一)…" / "2.纳入…" / ….
 * It is set back as a `|` table of the task column and the columns after it, under a 序号 heading, each number
 * in a cell of its own; each group line is a row of its own, and the lines after a group line that lost their
 * numbered task cell stay a row without a task. Null when the lines at `i` are no such table.
 */
export function numberedTaskCells(lines: readonly Line[], i: number): { lines: Line[]; end: number } | null {
  const head = headerAt(lines, i);
  if (!head) return null;
  const header = ['序号', ...head.columns];
  const rows: Array<string[] | string> = [];
  let j = head.end;
  let expected = 0;
  let placed = false;
  while (j < lines.length) {
    const t = bare(lines[j]);
    const numbered = NUMBERED.exec(t);
    if (GROUP.test(t)) {
      rows.push(t);
      j++;
      continue;
    }
    // Rows are found by their numbers, in order; the first may be past 1 when the copy lost row 1's task cell.
    const n = numbered && (expected === 0 || Number(numbered[1]) === expected) ? Number(numbered[1]) : null;
    if (n === null && !GROUP.test(bare(lines[j - 1]))) break;
    const row = readRow(lines, j, n === null ? '' : numbered![2]!, header);
    if (row.end === j) break;
    rows.push([n === null ? '' : String(n), ...row.cells]);
    placed ||= row.placed;
    if (n !== null) expected = n + 1;
    j = row.end;
  }
  const cells = rows.filter((r): r is string[] => Array.isArray(r));
  if (!cells.some((r) => r[0])) return null;
  if (placed) fillMerged(cells, header);
  const out = [makeLine(`${header.join(' | ')} |`)];
  for (const r of rows) out.push(makeLine(Array.isArray(r) ? `${r.join(' | ')} |` : `${r} |`));
  return { lines: out, end: j };
}
