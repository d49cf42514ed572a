import type { Paragraph as PlanParagraph } from '../../model/paragraph';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { bodyIndent, bodyRun, flowParagraph } from '../flow-paragraph';
import { diffRunSpecs, markOf, wholeBlockRuns } from '../compare/block-marks';

/** A body paragraph: 3号仿宋, 左空二字 [Std 7.3.3]; only `bold` is stored as formatting. */
export function paragraphBlock(block: PlanParagraph, ctx: BuildContext): Flow[] {
  if (ctx.review) {
    const runs = ctx.review.runs(block, block.children, (t, f, b) => bodyRun(ctx, t, f, b), () => 'fangsong');
    return [flowParagraph(ctx, { style: StyleIds.body, indent: bodyIndent(ctx), runs })];
  }
  const mark = markOf(ctx, block);
  const plain = mark?.kind === 'edit'
    ? diffRunSpecs(ctx, mark.body, bodyRun(ctx, ''))
    : block.children.map((leaf) => bodyRun(ctx, leaf.text, 'fangsong', leaf.bold === true));
  const { runs, extra } = wholeBlockRuns(ctx, mark, plain);
  return [flowParagraph(ctx, { style: StyleIds.body, indent: bodyIndent(ctx), runs, ...(extra ? { extra } : {}) })];
}
