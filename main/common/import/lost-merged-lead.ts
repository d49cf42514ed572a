import { fold } from './line';

/** A column naming the task a row belongs to ("主要任务", "重点工作"). */
const TASK_NAME = /任务|工作$|事项/;
/** A column stating what a row is to reach or do ("全年目标任务", "具体内容", "工作措施"). */
const TASK_CONTENT = /任务|目标|内容|措施|举措/;

/**
 * "序号 | 主要任务 | 全年目标任务 | 分管领导 | 牵头单位 | …": a 民生实事 or 重点工作 table names a task in its
 * first text column, merged down over the rows of its several targets, and states each row's own target in
 * the next. A page, a monthly progress report or an extract that starts inside such a span shows its rows
 * without the merged cell: the row's first cell is then its target, a sentence, and every other cell stands
 * one column to the right of where a row that counts its cells would put it. A row showing one cell fewer
 * than the header (fewer still when the copy ends inside it) whose first cell is a sentence is read so;
 * `''` stands for the lost cell. Null when the header has no such pair of columns or the row does not fit.
 */
export function withoutMergedLead(cellTexts: readonly string[], header: readonly string[]): string[] | null {
  const h = header.map((x) => fold(x).replace(/\s/g, ''));
  if (h.length < 5 || !TASK_NAME.test(h[1]!) || !TASK_CONTENT.test(h[2]!)) return null;
  // A "|" line after the last cell is the row's closing border, not a cell of its own.
  let end = cellTexts.length;
  while (end > 0 && !cellTexts[end - 1]!.trim()) end--;
  const texts = cellTexts.slice(0, end);
  const missing = h.length - 1 - texts.length;
  // One cell lost to the merge; a last row the copy cut may lose its last columns too, never its first ones.
  if (missing < 1 || texts.length < 3 || missing > h.length - 4) return null;
  if (!/[。；;]$/.test(texts[0]!.trim()) || /[。；;]/.test(texts[1]!)) return null;
  const cells = ['', '', ...texts];
  while (cells.length < h.length) cells.push('');
  return cells.slice(0, h.length);
}
