import { makeLine, type Line } from './line';

/** A column heading of such a table, or a piece of one a narrow column broke ("主要" / "任务"). */
const HEADING = /工作$|任务|措施|举措|内容|事项|单位|部门|科室|股室|处室|备注|说明|时限|时间/;
/** The column holding the numbered tasks. */
const TASK_COL = /措施|举措|内容|任务|事项/;
const UNITS_COL = /单位|部门|科室|股室|处室/;
const GROUP = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
/** A task cell that carries its own number: "2.纳入工信部…". */
const NUMBERED = /^(\d{1,2})\s*[.．、]\s*(\S.{7,})$/;

const bare = (l: Line) => l.text.trim().replace(/\s*[|｜]$/, '').trim();

/** The headings from line `i` on, a heading broken over two lines joined; null when fewer than three. */
function headings(lines: readonly Line[], i: number): { names: string[]; end: number } | null {
  const names: string[] = [];
  let j = i;
  for (; j < lines.length && names.length < 8; j++) {
    const h = bare(lines[j]!).replace(/\s/g, '');
    const next = lines[j + 1] ? bare(lines[j + 1]!).replace(/\s/g, '') : '';
    if (!HEADING.test(h) && /^[\u4e00-\u9fff]{2}$/.test(h) && HEADING.test(h + next) && (h + next).length <= 8) {
      names.push(h + next);
      j++;
    } else if (h.length <= 8 && HEADING.test(h)) names.push(h);
    else break;
  }
  return names.length >= 3 ? { names, end: j } : null;
}

/** One row from its numbered task line: the task, then the lines up to the next row or group, one a column. */
function readRow(lines: readonly Line[], j: number, width: number): { cells: string[]; end: number } {
  const cells = [bare(lines[j]!)];
  let k = j + 1;
  while (k < lines.length && !GROUP.test(bare(lines[k]!)) && !NUMBERED.test(bare(lines[k]!)) && cells.length < width) cells.push(bare(lines[k++]!));
  while (cells.length < width) cells.push('');
  return { cells, end: k };
}

/**
 * "重点工作" / "主要" / "任务" / "工作措施" / "责任单位" / "备注", then "一、…" / "(一)…" / "2.纳入…" / "市经信局、…" /
 * "…": a 责任分工 table a gazette's page set one cell a line, with no 序号 column: the task cells carry their own
 * numbers, and the columns before the task column (重点工作, 主要任务) are merged over their rows, so each
 * shows once, as a group line ("一、…", "(一)…") above them. The table is set back as a `|` table of the task
 * column and the columns after it, each group line a row of its own; the lines of a row that lost its task
 * cell (a group line followed by cells with no numbered task) stay a row without a task. Null when the lines
 * at `i` are no such table: its headings name a task column (措施, 任务 …) after another and a units column
 * after that, and a group line follows them.
 */
export function numberedCellTable(lines: readonly Line[], i: number): { lines: Line[]; end: number } | null {
  const first = bare(lines[i]!);
  if (first.length > 8 || !HEADING.test(first.slice(0, 4)) && first.length !== 2) return null;
  const head = headings(lines, i);
  if (!head) return null;
  // The task column is the last one naming work before the units column ("主要任务" is a group's, "工作措施" the row's).
  const unitsAt = head.names.findIndex((n) => UNITS_COL.test(n));
  let taskAt = -1;
  for (let k = 1; k < unitsAt; k++) if (TASK_COL.test(head.names[k]!)) taskAt = k;
  const after = lines[head.end] ? bare(lines[head.end]!) : '';
  // The merged group columns show first, as a group line: a table whose first column holds the numbered
  // tasks ("工作任务" / "主要内容" / "责任部门" / "1.…") is read as the rows it shows, not so.
  if (taskAt < 1 || !GROUP.test(after)) return null;
  const columns = head.names.slice(taskAt);
  const out = [makeLine(`序号 | ${columns.join(' | ')} |`)];
  let j = head.end;
  let rows = 0;
  while (j < lines.length) {
    const t = bare(lines[j]!);
    const numbered = NUMBERED.exec(t);
    if (GROUP.test(t)) {
      out.push(makeLine(`${t} |`));
      j++;
    } else if (numbered) {
      const row = readRow(lines, j, columns.length);
      row.cells[0] = numbered[2]!;
      out.push(makeLine(`${numbered[1]} | ${row.cells.join(' | ')} |`));
      rows++;
      j = row.end;
    } else if (GROUP.test(bare(lines[j - 1]!))) {
      // The cells of a row whose task cell the copy lost: an empty task before them.
      const row = readRow(lines, j - 1, columns.length);
      out.push(makeLine(` |  | ${row.cells.slice(1).join(' | ')} |`));
      j = row.end;
    } else break;
  }
  return rows > 0 ? { lines: out, end: j } : null;
}
