import { AlignmentType } from 'docx';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { blankLine, bodyRun, flowParagraph, TEXT_WIDTH_PT } from '../flow-paragraph';
import { titleLines, titlePerLine } from '../layout/title-lines';
import type { RunSpec } from '../text-run';

/** 2号小标宋, centred [Std 7.3.1]. */
export function titleBlock(title: string, ctx: BuildContext, pageBreakBefore = false, widthPt = TEXT_WIDTH_PT): Flow {
  const size = ctx.style.sizes.title;
  const perLine = titlePerLine(widthPt, size);
  const names = [ctx.names?.region, ctx.names?.issuer].filter((n): n is string => Boolean(n));
  const runs: RunSpec[] = titleLines(title, perLine, names).map((text, i) => ({ text, face: 'xiaobiaosong', size, ...(i > 0 ? { breakBefore: true } : {}) }));
  return flowParagraph(ctx, { style: StyleIds.title, alignment: AlignmentType.CENTER, keepNext: true, pageBreakBefore, runs });
}

/** 主送机关: one blank line below the title, flush left, ending with a full-width colon [Std 7.3.2]. */
export function recipientsBlock(recipients: readonly string[], ctx: BuildContext): Flow[] {
  const names = recipients.map((r) => r.trim()).filter(Boolean);
  if (names.length === 0) return [];
  return [
    blankLine(ctx, StyleIds.body),
    flowParagraph(ctx, { style: StyleIds.body, indent: { firstLine: 0, firstLineChars: 0 }, runs: [bodyRun(ctx, `${names.join('，')}：`)] }),
  ];
}

/** Title, optional drafting-unit line, then 主送. */
export function headBlock(title: string, ctx: BuildContext, recipients: readonly string[], preparedBy?: string | null, pageBreakBefore = false): Flow[] {
  const out: Flow[] = [titleBlock(title, ctx, pageBreakBefore)];
  if (preparedBy) out.push(flowParagraph(ctx, { style: StyleIds.body, alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, runs: [bodyRun(ctx, preparedBy, 'kaiti')] }));
  const to = recipientsBlock(recipients, ctx);
  // Without 主送 the body still starts one blank line below the title [Prac].
  out.push(...(to.length ? to : [blankLine(ctx, StyleIds.body)]));
  return out;
}
