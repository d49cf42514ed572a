import { fold } from './line';

/** A column naming the bodies that answer for a row by their role (责任部门, 牵头单位, 配合单位, 评分部门). */
const ROLE_UNITS = /(责任|牵头|配合|协办|参与|主管|承办|实施|评分|考核)(单位|部门)|部门$/;

/**
 * "考核指标 | 考核内容 | 单位 | 年度目标 | 责任部门": beside an indicator and its figure a bare 单位 column gives the
 * figure's unit of measure ("%", "万亩", "亿斤"), 计量单位 written short; the body answering for the row is named
 * in the column that states its role. So a bare 单位 (or 计量单位) is a units column only when no other column
 * names bodies.
 */
export function isMeasureUnitColumn(name: string, header: readonly string[]): boolean {
  const m = fold(name).replace(/\s/g, '');
  if (m !== '单位' && m !== '计量单位') return false;
  return m === '计量单位' || header.some((h) => h !== name && ROLE_UNITS.test(fold(h).replace(/\s/g, '')));
}
