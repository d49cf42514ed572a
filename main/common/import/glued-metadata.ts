import type { Line } from './line';

// The keys a law-collection page sets in the first cell of its table rows (发文机关, 发文日期, 时效性, 发文字号,
// 施行日期, 效力级别): when a copy loses the cell borders, each key runs straight into its value.
const GLUED_KEYS = [
  '发文机关', '发文机构', '制定机关', '发布部门', '发文字号', '发文文号', '发布文号', '文号', '发文日期', '成文日期',
  '公布日期', '施行日期', '实施日期', '时效性', '效力级别', '效力等级', '主题分类',
].sort((a, b) => b.length - a.length);
const GLUED_RE = new RegExp(`^\\s*(${GLUED_KEYS.join('|')})(?=[^\\s:：|])(.+)$`);

function glued(line: Line | undefined): [string, string] | null {
  const g = line ? GLUED_RE.exec(line.text) : null;
  return g ? [g[1]!, g[2]!.trim()] : null;
}

/**
 * "发文机关中共安徽省交通运输厅党组" / "发文字号皖交发〔2021〕63号": a metadata key glued to its value with no colon,
 * space or cell border. Such a line is read as a pair only beside another one like it (a block of them, as the
 * table had rows): one line opening with 文号 or 发文日期 alone could be text.
 */
export function gluedPair(lines: readonly Line[], i: number): [string, string] | null {
  const pair = glued(lines[i]);
  if (!pair) return null;
  return glued(lines[i - 1]) || glued(lines[i + 1]) ? pair : null;
}
