import { Table as PlanTable, type Table as TableBlock } from '../../model/table';
import type { BuildContext, Flow } from '../build-context';
import { gridTableFlow } from './grid-table';

/** A table inside a body: full 版心 width, equal columns (gridCol sum = tblW = 8844). */
export function tableBlock(block: TableBlock, ctx: BuildContext): Flow[] {
  const rows = PlanTable.rows(block);
  const cols = Math.max(1, ...rows.map((r) => r.length));
  const total = ctx.style.page.textWidth;
  const widths = Array.from({ length: cols }, (_, i) => Math.floor(total / cols) + (i < total % cols ? 1 : 0));
  return [gridTableFlow(ctx, { rows, header: block.header, widths })];
}
