import type { Gbt9704Style } from '../gbt9704-style';
import { textEm } from '../layout/char-width';
import { breakLines } from '../layout/line-estimate';
import { MAX_TASK_LEAD } from './task-table-rows';

/** Column limits in 字 of 小四 (inner width, without the cell margins). */
const LIMITS = {
  number: { min: 2, max: 3 },
  task: { min: 6, max: 9 },
  content: { min: 16 },
  lead: { min: 4, max: 8 },
  support: { min: 4, max: 8 },
  deadline: { min: 4, max: 7 },
} as const;

/**
 * Widths (twips) of the 任务分解表's columns, summing to the landscape 版心, chosen by content:
 * - 序号 and the 完成时限 header on one line; each 完成时限 ("2026年12月底前") on at most two lines;
 * - 牵头单位 / 责任单位 as wide as their longest single unit name (up to 8 字), so a name breaks
 *   rarely and a short cell is not spread into "旗 交 通 运 输 局";
 * - 工作任务 as wide as its longest task name (6–9 字); 主要内容 takes the rest.
 * The header is 黑体 and the cells 仿宋, both one 字 per 汉字; widths are whole twips.
 */
export function taskColumnWidths(rows: readonly string[][], style: Gbt9704Style): number[] {
  const size = style.sizes.table / 2;
  const zi = size * 20;
  const pad = 2 * style.table.cellMargin;
  // A little slack: LibreOffice's cell text area is a few twips narrower than the arithmetic.
  const slack = 20;
  const col = (c: number) => rows.map((r) => r[c] ?? '');
  const clamp = (v: number, lim: { min: number; max?: number }) => Math.min(Math.max(v, lim.min), lim.max ?? Infinity);
  const longestName = (c: number) => Math.max(0, ...col(c).flatMap((v) => v.split(/[、，,]/)).map(textEm));
  const twoLines = (text: string) => {
    // The narrowest width (in 字, tenth steps) that sets the text on at most two lines.
    for (let w = LIMITS.deadline.min; w < LIMITS.deadline.max; w += 0.1) {
      if (breakLines(text, { widthPt: w * size, sizePt: size, scale: 100, hang: false }).length <= 2) return w;
    }
    return LIMITS.deadline.max;
  };
  const inner = [
    clamp(Math.max(2, ...col(0).map(textEm)), LIMITS.number),
    clamp(Math.min(MAX_TASK_LEAD, Math.max(0, ...col(1).map(textEm))), LIMITS.task),
    0,
    clamp(longestName(3), LIMITS.lead),
    clamp(longestName(4), LIMITS.support),
    clamp(Math.max(0, ...col(5).filter(Boolean).map(twoLines)), LIMITS.deadline),
  ];
  const widths = inner.map((em) => (em ? Math.ceil(em * zi) + pad + slack : 0));
  const total = style.page.landscapeTextWidth;
  const minContent = LIMITS.content.min * zi + pad;
  let rest = total - widths.reduce((a, b) => a + b, 0);
  // Too wide: give back from the unit columns first, then 工作任务, never below their minimum.
  for (const c of [4, 3, 1]) {
    if (rest >= minContent) break;
    const floor = (c === 1 ? LIMITS.task.min : LIMITS.lead.min) * zi + pad + slack;
    const give = Math.min(widths[c]! - floor, minContent - rest);
    widths[c]! -= give;
    rest += give;
  }
  widths[2] = total - widths.reduce((a, b) => a + b, 0);
  return widths;
}
