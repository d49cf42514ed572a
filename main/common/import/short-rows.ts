import { fold } from './line';
import { looksLikeUnit } from './unit-names';

/** A deadline cell: "12月底前", "5月底", "年底", "长期". */
const DEADLINE = /^((\d{4}年)?\d{1,2}月(底|份|末|上旬|中旬|下旬)?|年底|年内|全年|长期|持续推进|常态化)(前|以前)?(完成)?$/;
/** A person's name, maybe letter-spaced ("周 斐"): a leader's cell. */
const PERSON = /^[\u4e00-\u9fff](\s?[\u4e00-\u9fff]){1,3}$/;
const TASK = /任务|内容|措施|举措|事项/;
const UNITS = /单位|部门|牵头|配合|协办|股室|科室|处室/;

const isTask = (t: string) => /[。；;]/.test(t) || t.length > 24;

/**
 * A row of a table set one cell a line whose merged cells were lost shows only the cells that start on it
 * ("2" / "全年组织开展文化下乡…。" / "文化宣传股文化馆"). Its cells are placed by what they hold: the sentence is
 * the task, the short cells before it the columns before the task (in order), after it a deadline, a
 * person (the leader) and unit names (one cell, a line each). Returns the row's cells (header order, ''
 * where the row shows none) or null when no cell reads as the task.
 */
export function placeCells(texts: readonly string[], header: readonly string[]): string[] | null {
  const h = header.map((x) => fold(x).replace(/\s/g, ''));
  const taskCol = h.findIndex((x) => TASK.test(x));
  const at = texts.findIndex(isTask);
  if (taskCol < 1 || at < 0 || at > taskCol - 1) return null;
  const cells = h.map(() => '');
  texts.slice(0, at).forEach((t, k) => { cells[1 + k] = t; });
  cells[taskCol] = texts[at]!;
  const col = (re: RegExp) => h.findIndex((x, i) => i > taskCol && re.test(x));
  const dl = col(/时限|时间|节点/);
  const leader = col(/领导|责任人/);
  // "牵头领导" names the leading leader, a person: a column of units only when it is not the leader's.
  const units = h.findIndex((x, i) => i > taskCol && i !== leader && UNITS.test(x));
  const note = col(/备注/);
  for (const t of texts.slice(at + 1)) {
    const m = fold(t).replace(/\s/g, '');
    if (dl >= 0 && !cells[dl] && DEADLINE.test(m)) cells[dl] = t;
    else if (leader >= 0 && !cells[leader] && PERSON.test(t) && !looksLikeUnit(m)) cells[leader] = t;
    else if (units >= 0) cells[units] = cells[units] ? `${cells[units]}、${t}` : t;
    else if (note >= 0) cells[note] = cells[note] ? `${cells[note]} ${t}` : t;
    else return null;
  }
  return cells;
}

/**
 * After rows placed so: a column's cell missing from a row is the merged cell above it (the task, 备注 and 说明
 * columns excepted, they are never merged, and the units columns of a row that shows units of its own); a units cell that is two names seen elsewhere in the column run
 * together ("文化宣传股文化馆") is those two names. Rows are changed in place.
 */
export function fillMerged(rows: string[][], header: readonly string[]): void {
  const h = header.map((x) => fold(x).replace(/\s/g, ''));
  const units = h.findIndex((x, i) => i > 0 && UNITS.test(x));
  if (units >= 0) {
    const names = new Set(rows.flatMap((r) => (r[units] ?? '').split('、')).filter((n) => n.length >= 2));
    for (const r of rows) {
      r[units] = (r[units] ?? '').split('、').flatMap((n) => {
        for (let i = 2; i <= n.length - 2; i++) if (names.has(n.slice(0, i)) && names.has(n.slice(i))) return [n.slice(0, i), n.slice(i)];
        return [n];
      }).join('、');
    }
  }
  // A remark (备注, 说明) is the row's own, never merged.
  const keep = h.map((x, i) => i === 0 || TASK.test(x) || /备注|说明/.test(x));
  // A row that shows a units cell of its own lost an empty one beside it, not a merged one.
  const unitCols = h.flatMap((x, i) => (i > 0 && UNITS.test(x) && !/领导|责任人/.test(x) ? [i] : []));
  for (let k = 1; k < rows.length; k++) {
    const ownUnits = unitCols.some((i) => rows[k]![i]);
    rows[k]!.forEach((c, i) => { if (!c && !keep[i] && !(ownUnits && unitCols.includes(i))) rows[k]![i] = rows[k - 1]![i] ?? ''; });
  }
}
