import { AlignmentType, BorderStyle } from 'docx';
import type { PlanMeta } from '../../model/meta';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { flowBox } from '../layout/flow-box';
import { blankLine, bodyRun, flowParagraph, TEXT_WIDTH_PT } from '../flow-paragraph';
import { mm } from '../gbt9704-style';
import { textHeight } from '../layout/page-height';

/** 发文机关标志 text: the issuer plus 文件 [Std 7.2.4]. */
export function flagText(issuer: string): string {
  const name = issuer.trim();
  return name.endsWith('文件') ? name : `${name}文件`;
}

/** Height of flows on the body grid (twips), as page-layout counts it. */
function flowsHeight(flows: readonly Flow[], ctx: BuildContext): number {
  return flows.reduce((h, f) => {
    const b = flowBox(f, ctx, TEXT_WIDTH_PT);
    return h + (b.kind === 'lines' ? b.lines * b.line + (b.extra ?? 0) : 0);
  }, 0);
}

/**
 * The 版头 is not a whole number of grid lines, so page 1's body lines sit off the grid and its last
 * line may fit with only a few twips to spare. Renderers differ by about that much (LibreOffice lays
 * the 版头 ~17 twips taller than the arithmetic), so that line would sit on page 1 in one and page 2 in
 * another, and so would the 版记's page. When less than `minFreeTwips` would be left, the spacer above
 * the 标志 gives up the difference (under a millimetre; the 标志 may be off by 1.5 mm).
 */
function pageOneShortfall(head: number, ctx: BuildContext): number {
  const free = (textHeight(ctx, 'portrait') - head) % ctx.geometry.line;
  return Math.max(0, ctx.style.redHead.minFreeTwips - free);
}

/**
 * 版头 of the 文件 format: 标志 glyph top at 72 mm (35 mm below the 版心 top) [Std 7.2.4]; 发文字号 two
 * blank lines below it, centred [Std 7.2.5]; red rule 4 mm below the 文号, as wide as the 版心 [Std 7.2.7];
 * two blank lines before the title [Std 7.3.1]. Placed by flow (exact-height lines), which LibreOffice,
 * Word and WPS all honour, rather than by frames.
 */
export function redHead(meta: PlanMeta, ctx: BuildContext): Flow[] {
  const s = ctx.style;
  const r = s.redHead;
  const text = flagText(meta.issuer || meta.signature);
  const sizePt = s.sizes.flag / 2;
  // Condense a long 标志 so it stays on one line inside the 版心 [Prac].
  const scale = Math.min(100, Math.floor((TEXT_WIDTH_PT / ([...text].length * sizePt)) * 100));
  const flagLine = Math.round(sizePt * 20 * r.flagLineFactor);
  const rule = flowParagraph(ctx, {
    style: StyleIds.body,
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0, firstLineChars: 0 },
    runs: [bodyRun(ctx, meta.docNumber ?? '')],
    extra: { border: { bottom: { style: BorderStyle.SINGLE, size: r.ruleSize, color: s.colors.red, space: r.ruleSpace } } },
  });
  const below = [
    flowParagraph(ctx, { style: StyleIds.flag, line: flagLine, alignment: AlignmentType.CENTER, runs: [{ text, face: 'xiaobiaosong', size: s.sizes.flag, color: s.colors.red, scale }] }),
    blankLine(ctx, StyleIds.body),
    blankLine(ctx, StyleIds.body),
    rule,
    blankLine(ctx, StyleIds.body),
    blankLine(ctx, StyleIds.body),
  ];
  const raw = mm(r.flagTopMm) - ctx.geometry.top - r.flagInkOffset;
  const spacer = Math.max(20, raw - pageOneShortfall(raw + flowsHeight(below, ctx), ctx));
  return [flowParagraph(ctx, { style: StyleIds.spacer, line: spacer, runs: [{ text: '', face: 'fangsong', size: 2 }] }), ...below];
}
