/** A cell's own item number ("2.", "3、"), not a decimal ("2.5"). */
const ITEM = /^(\d{1,2})[.．、](?!\d)/;

/**
 * A task table may number the tasks of one 项目 ("1.…", "2.…") and give each a row of its own, the 序号 and 项目
 * cells merged down over them (a 分解落实方案's "主要预期目标" row holding seven targets). Copied one cell a line,
 * those rows show no 序号, so they run into the first row's cells. The first row's task cell opens "1."; a
 * later cell that opens the next number after cells of another kind (the leader, the units: the row before
 * has ended) starts a row of its own. A cell of two numbered paragraphs flattens to adjacent lines, so it
 * is never split. Returns the texts of each row, the merged cells before the task carried down; the texts
 * as one row when the numbering does not go on so.
 */
export function splitSubRows(texts: readonly string[]): string[][] {
  const at = texts.findIndex((t) => ITEM.exec(t)?.[1] === '1');
  if (at < 0) return [[...texts]];
  const lead = texts.slice(0, at);
  const starts = [at];
  let n = 1;
  for (let k = at + 1; k < texts.length; k++) {
    const m = ITEM.exec(texts[k]!);
    if (!m || Number(m[1]) !== n + 1) continue;
    // The row before shows cells after its task, none of them numbered: it has ended.
    const before = texts.slice(starts[starts.length - 1]! + 1, k);
    if (!before.length || before.some((t) => ITEM.test(t))) break;
    starts.push(k);
    n++;
  }
  if (starts.length < 2) return [[...texts]];
  return starts.map((s, i) => [...lead, ...texts.slice(s, starts[i + 1] ?? texts.length)]);
}
