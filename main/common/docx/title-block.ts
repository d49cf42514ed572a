import { AlignmentType } from 'docx';
import type { BuildContext, Flow } from './build-context';
import { StyleIds } from './docx-styles';
import { blankLine, bodyRun, flowParagraph, TEXT_WIDTH_PT } from './flow-paragraph';
import { charEm } from './line-estimate';
import type { RunSpec } from './text-run';

const NO_LINE_START = /^[，。、；：？！）》」』】〕”’]/;

/**
 * Break a title into balanced lines, longer first (梯形, [Std 7.3.1]); never start a line with closing
 * punctuation. Returns the lines; a title that fits stays one line.
 */
export function titleLines(title: string, perLine: number): string[] {
  const chars = [...title];
  const total = chars.reduce((a, c) => a + charEm(c), 0);
  if (total <= perLine) return [title];
  const n = Math.ceil(total / perLine);
  const per = Math.ceil(total / n);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let end = i;
    let width = 0;
    while (end < chars.length && width + charEm(chars[end]!) <= per) width += charEm(chars[end++]!);
    // Keep digit runs (2025年) and 《…》 openers whole; never start a line with closing punctuation.
    while (end < chars.length && end > i + 1 && (NO_LINE_START.test(chars[end]!) || /[0-9A-Za-z《（“]/.test(chars[end - 1]!))) end--;
    if (out.length === n - 1) end = chars.length;
    out.push(chars.slice(i, end).join(''));
    i = end;
  }
  return out;
}

/** 2号小标宋, centred [Std 7.3.1]. */
export function titleBlock(title: string, ctx: BuildContext, pageBreakBefore = false): Flow {
  const size = ctx.style.sizes.title;
  // One 字 of slack: LibreOffice wrapped a title of exactly 20 字 at 2号 (measured).
  const perLine = Math.floor(TEXT_WIDTH_PT / (size / 2)) - 1;
  const runs: RunSpec[] = titleLines(title, perLine).map((text, i) => ({ text, face: 'xiaobiaosong', size, ...(i > 0 ? { breakBefore: true } : {}) }));
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
