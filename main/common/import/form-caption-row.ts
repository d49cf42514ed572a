import type { Line } from './line';

/** A form's field label, its value on it or in the next cell ("部门：管理科", "部门责任人："). */
const LABEL = /^[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9}[:：]/;
/** Words of a column heading: a cell holding one is the table's header, not a field's value. */
const HEADING_WORD = /任务|措施|举措|事项|项目|内容|单位|部门|时限|日期|时间|目标|指标|备注/;

/**
 * A row of a form's fields above its table ("部门：管理科 |  | 部门责任人： | 毛伟 |", "部门： 管理科 | … | 2018年"):
 * labelled values set over the columns, as a 目标管理表 or a 统计表 names its department and keeper. It is
 * the form's caption, not the table's header: taken for the header, its labels were read as columns and
 * every row under it as a task whose unit was the label's value.
 */
export function isFormCaptionRow(line: Line): boolean {
  const cells = line.text.replace(/\s*[|｜]\s*$/, '').split(/\s*[|｜]\s*/).map((c) => c.trim()).filter(Boolean);
  if (cells.length < 2 || cells.length > 5) return false;
  let labels = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (LABEL.test(c)) labels++;
    else if (!/[:：]$/.test(cells[i - 1] ?? '') && (HEADING_WORD.test(c) || c.length > 12)) return false;
  }
  return labels > 0;
}
