import { AlignmentType, BorderStyle, TabStopType } from 'docx';
import { DocNumber } from '../../model/doc-number';
import type { PlanMeta } from '../../model/meta';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { flowBox } from '../layout/flow-box';
import { blankLine, bodyRun, flowParagraph, TEXT_WIDTH_PT } from '../flow-paragraph';
import { mm } from '../gbt9704-style';
import { textEm } from '../layout/char-width';
import { textHeight } from '../layout/page-height';
import { topLeftLines, type HeadLine } from './head-marks';

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
  const text = meta.mark?.trim() || flagText(meta.issuer || meta.signature);
  const sizePt = s.sizes.flag / 2;
  // Condense a long 标志 so it stays on one line inside the 版心 [Prac].
  const scale = Math.min(100, Math.floor((TEXT_WIDTH_PT / ([...text].length * sizePt)) * 100));
  const flagLine = Math.round(sizePt * 20 * r.flagLineFactor);
  const below = [
    flowParagraph(ctx, { style: StyleIds.flag, line: flagLine, alignment: AlignmentType.CENTER, runs: [{ text, face: 'xiaobiaosong', size: s.sizes.flag, color: s.colors.red, scale }] }),
    blankLine(ctx, StyleIds.body),
    blankLine(ctx, StyleIds.body),
    ...numberLines(meta, ctx),
    blankLine(ctx, StyleIds.body),
    blankLine(ctx, StyleIds.body),
  ];
  // 份号, 密级, 紧急程度 on the 版心's first lines, top left [Std 7.2.1-7.2.3]; the spacer keeps the 标志 at 72 mm.
  const marks = topLeftLines(meta).map((l) => markLine(l, ctx));
  const raw = mm(r.flagTopMm) - ctx.geometry.top - r.flagInkOffset - marks.length * ctx.geometry.line;
  const spacer = Math.max(20, raw - pageOneShortfall(raw + flowsHeight([...marks, ...below], ctx), ctx));
  return [...marks, flowParagraph(ctx, { style: StyleIds.spacer, line: spacer, runs: [{ text: '', face: 'fangsong', size: 2 }] }), ...below];
}

function markLine(line: HeadLine, ctx: BuildContext): Flow {
  return flowParagraph(ctx, {
    style: StyleIds.body, alignment: AlignmentType.LEFT, indent: { firstLine: 0, firstLineChars: 0 },
    runs: [bodyRun(ctx, line.text, line.face)],
  });
}

/**
 * The 发文字号 line(s) with the red rule under the last [Std 7.2.5-7.2.7]. Without 签发人 the 文号 is
 * centred; a 上行文 puts it 居左空一字 and "签发人：" + names (楷体) 居右空一字, two names a line, the
 * 文号 on the line of the last names, later names aligned under the first. An incomplete 文号 is not
 * printed (the export dialog names what is missing), the line stays so the rule keeps its place.
 */
function numberLines(meta: PlanMeta, ctx: BuildContext): Flow[] {
  const r = ctx.style.redHead;
  const number = DocNumber.isComplete(meta.docNumber) ? DocNumber.format(meta.docNumber) : '';
  const rule = { border: { bottom: { style: BorderStyle.SINGLE, size: r.ruleSize, color: ctx.style.colors.red, space: r.ruleSpace } } };
  const names = meta.signers.map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) {
    return [flowParagraph(ctx, {
      style: StyleIds.body, alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 },
      runs: [bodyRun(ctx, number)], extra: rule,
    })];
  }
  const zi = (ctx.style.sizes.body / 2) * 20 * (ctx.style.body.scale / 100);
  const rows: string[][] = [];
  for (let i = 0; i < names.length; i += 2) rows.push(names.slice(i, i + 2));
  const widest = Math.max(...rows.map((row) => textEm(row.join('　'))));
  const width = Math.round(TEXT_WIDTH_PT * 20);
  // Tab stops: "签发人：" starts where the widest row of names ends 一字 from the right.
  const namesAt = Math.round(width - zi * (1 + widest));
  const labelAt = Math.round(namesAt - zi * 4);
  return rows.map((row, i) => {
    const last = i === rows.length - 1;
    return flowParagraph(ctx, {
      style: StyleIds.body, alignment: AlignmentType.LEFT, indent: { left: Math.round(zi), firstLine: 0, firstLineChars: 0 },
      runs: [
        bodyRun(ctx, last ? number : ''), bodyRun(ctx, '\t'), bodyRun(ctx, i === 0 ? '签发人：' : ''), bodyRun(ctx, '\t'),
        bodyRun(ctx, row.join('　'), 'kaiti'),
      ],
      extra: {
        tabStops: [{ type: TabStopType.LEFT, position: labelAt }, { type: TabStopType.LEFT, position: namesAt }],
        ...(last ? rule : {}),
      },
    });
  });
}
