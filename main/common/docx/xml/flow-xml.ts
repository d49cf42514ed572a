import type { BuildContext, Flow } from '../build-context';
import { gridTableXml } from './grid-table-xml';
import { paragraphXml } from './paragraph-xml';

/**
 * A flow's XML written directly (flowParagraph and gridTableFlow flows), or undefined when only its docx object
 * can write it (frames, borders, tabs: the red head's rule, the 版记).
 */
export function flowXml(flow: Flow, ctx: BuildContext): string | undefined {
  // A 修订稿 or a compared export carries tracked changes and comment ranges (w:ins, w:del, commentRangeStart),
  // which only docx's objects write: the whole document goes through them.
  if (ctx.review || ctx.revisions) return undefined;
  if (flow.table) return gridTableXml(ctx, flow.table);
  if (flow.spec) return paragraphXml(ctx.style.faces, flow.spec);
  return undefined;
}
