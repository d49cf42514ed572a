/**
 * "序号 / 指标名称 / 2025年 / 属性" (a 专栏 of a plan's main indicators): a table that names its indicators and
 * the value each is to reach by a year (目标值, 预期值) sets out the plan's targets; it needs no units column,
 * as a task table does.
 */
export function isIndicatorHeader(header: readonly string[]): boolean {
  const h = header.map((c) => c.replace(/\s/g, ''));
  // Only "指标名称": a bare "指标 | 2023年 | 2024年" may compare years' figures, and stays a table.
  return h.includes('指标名称') && h.some((c) => /^(\d{4}年(目标值?|预期值?)?|目标值|预期值|目标)$/.test(c));
}
