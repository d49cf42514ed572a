import type { Gbt9704Style } from '../gbt9704-style';
import { textEm } from '../layout/char-width';

/** Column limits in 字 of the table size (inner width, without the cell margins). */
const LIMITS = {
  /** 序号: the header's two 字 (three-digit numbers are narrower). */
  index: 2,
  /** 单位: as wide as the longest unit name, at least 4 and at most 8 字 (longer names break). */
  unit: { min: 4, max: 8 },
  /** 是否采纳: 不予采纳 / 部分采纳 and the header, 4 字 on one line. */
  decision: 4,
  /** 意见内容 takes this share of what is left, 理由 the rest. */
  contentShare: 0.6,
} as const;

/**
 * Widths (twips) of the 采纳情况表's five columns (序号, 单位, 意见内容, 是否采纳, 理由), summing to the
 * 版心 width (GB/T 9704 5.2.1: 156 mm): 序号 narrow; 单位 fits the longest unit name of the rows on one
 * line, up to 8 字; 是否采纳 fits 不予采纳 on one line; 意见内容 and 理由 share the rest 3 : 2. Measured
 * in LibreOffice (tests/render/adoption-table-render.test.ts). `rows` are the body rows, header excluded.
 */
export function adoptionColumnWidths(rows: readonly string[][], style: Gbt9704Style): number[] {
  const zi = (style.sizes.table / 2) * 20;
  const pad = 2 * style.table.cellMargin;
  // A little slack: LibreOffice's cell text area is a few twips narrower than the arithmetic (as task-table-columns.ts).
  const slack = 20;
  const width = (em: number) => Math.ceil(em * zi) + pad + slack;
  const longestUnit = Math.max(0, ...rows.map((r) => textEm(r[1] ?? '')));
  const index = width(Math.max(LIMITS.index, ...rows.map((r) => textEm(r[0] ?? ''))));
  const unit = width(Math.min(Math.max(longestUnit, LIMITS.unit.min), LIMITS.unit.max));
  const decision = width(LIMITS.decision);
  const rest = style.page.textWidth - index - unit - decision;
  const content = Math.round(rest * LIMITS.contentShare);
  return [index, unit, content, decision, rest - content];
}
