import { makeLine, type Line } from './line';

/**
 * A task column's heading. A 任务分解表 often has no 序号 column: the task cell itself opens with the row's
 * number ("1.主动对接国家战略…"), as the plan's numbered tasks are written.
 */
const TASK_HEAD = /^(主要|重点|具体)?(工作)?(任务|措施|举措|事项|内容)$|^(主要|重点)工作$/;
/** The headings after it: who does the task (one at least naming units), who leads, by when. */
const AFTER_HEAD = /单位|部门|股室|科室|处室|牵头|配合|协办|领导|责任人|时限|时间/;
const UNITS_HEAD = /单位|部门|股室|科室|处室|牵头|配合|协办/;
/** A group row between the rows ("一、优结构、谋发展，…"). */
const GROUP = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
const NUMBERED = /^(\d{1,3})\s*[.．、]\s*(\S.*)$/;

const bare = (l: Line | undefined) => (l ? l.m.trim().replace(/\s*[|｜]$/, '').trim() : '');

/** The headings at `i` ("主要工作任务" / "牵头单位" / "责任单位"): how many lines they take, or 0. */
function headerSpan(lines: readonly Line[], i: number): number {
  // The task heading opens the header: one after another heading ("工作任务" / "主要内容" / "责任部门") is a later column.
  const head = (l: Line | undefined) => bare(l).length <= 8 && /^(序号|编号)$|任务|措施|举措|事项|内容/.test(bare(l));
  if (!TASK_HEAD.test(bare(lines[i]).replace(/\s/g, '')) || head(lines[i - 1])) return 0;
  let j = i + 1;
  while (j < lines.length && j - i <= 6 && bare(lines[j]).length <= 8 && AFTER_HEAD.test(bare(lines[j]))) j++;
  if (j === i + 1 || !lines.slice(i + 1, j).some((l) => UNITS_HEAD.test(bare(l)))) return 0;
  let k = j;
  while (k < lines.length && k - j < 12 && GROUP.test(bare(lines[k]))) k++;
  return NUMBERED.exec(bare(lines[k]))?.[1] === '1' ? j - i : 0;
}

/**
 * The rows after the header, each numbered task cell split into its number and its text, until a line that
 * cannot be a cell: a sentence that is not the task cell's next paragraph, or a number out of order.
 */
function splitRows(lines: readonly Line[], from: number, out: Line[]): number {
  let expected = 1;
  let afterTask = false;
  let j = from;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    const numbered = NUMBERED.exec(bare(l));
    if (numbered && Number(numbered[1]) === expected) {
      out.push(makeLine(numbered[1]!), makeLine(l.text.trim().replace(/^\d{1,3}\s*[.．、]\s*/, '')));
      expected++;
      afterTask = true;
      continue;
    }
    const cell = GROUP.test(bare(l)) || afterTask || (bare(l).length <= 60 && !/[。；;]/.test(bare(l)));
    if (!cell || numbered) break;
    out.push(l);
    afterTask = false;
  }
  return j;
}

/**
 * A task table a page set one cell a line with no 序号 column ("主要工作任务" / "牵头单位" / "责任单位", then
 * "一、…" / "1.主动对接…" / "区发改局" / …): a 序号 heading is put before the headings and each task cell's number
 * is set in a cell of its own, the form `cellLinesToRows` reads (rows found by their numbers, in order).
 */
export function numberedTaskCells(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const span = headerSpan(lines, i);
    if (!span) {
      out.push(lines[i]!);
      continue;
    }
    out.push(makeLine('序号'), ...lines.slice(i, i + span));
    i = splitRows(lines, i + span, out) - 1;
  }
  return out;
}
