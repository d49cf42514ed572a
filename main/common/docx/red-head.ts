import { AlignmentType, BorderStyle } from 'docx';
import type { PlanMeta } from '../model/meta';
import type { BuildContext, Flow } from './build-context';
import { StyleIds } from './docx-styles';
import { blankLine, bodyRun, flowParagraph, TEXT_WIDTH_PT } from './flow-paragraph';
import { mm } from './gbt9704-style';

/** 发文机关标志 text: the issuer plus 文件 [Std 7.2.4]. */
export function flagText(issuer: string): string {
  const name = issuer.trim();
  return name.endsWith('文件') ? name : `${name}文件`;
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
  const spacer = Math.max(20, mm(r.flagTopMm) - ctx.geometry.top - r.flagInkOffset);
  const out: Flow[] = [
    flowParagraph(ctx, { style: StyleIds.spacer, line: spacer, runs: [{ text: '', face: 'fangsong', size: 2 }] }),
    flowParagraph(ctx, { style: StyleIds.flag, line: flagLine, alignment: AlignmentType.CENTER, runs: [{ text, face: 'xiaobiaosong', size: s.sizes.flag, color: s.colors.red, scale }] }),
    blankLine(ctx, StyleIds.body),
    blankLine(ctx, StyleIds.body),
  ];
  const rule = flowParagraph(ctx, {
    style: StyleIds.body,
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0, firstLineChars: 0 },
    runs: [bodyRun(ctx, meta.docNumber ?? '')],
    extra: { border: { bottom: { style: BorderStyle.SINGLE, size: r.ruleSize, color: s.colors.red, space: r.ruleSpace } } },
  });
  out.push(rule);
  out.push(blankLine(ctx, StyleIds.body), blankLine(ctx, StyleIds.body));
  return out;
}
