import { BorderStyle, FrameAnchorType, FrameWrap, HeightRule, LineRuleType, Paragraph, TabStopType, type IBorderOptions, type TextRun } from 'docx';
import { chineseDate } from '../../model/chinese-date';
import type { PlanMeta } from '../../model/meta';
import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import { TEXT_WIDTH_PT } from '../flow-paragraph';
import { mm } from '../gbt9704-style';
import { estimateLines } from '../layout/line-estimate';
import { textRuns } from '../text-run';

/** Whether the plan has a 版记 at all (抄送 or 印发机关/日期). */
export function hasImprint(meta: PlanMeta): boolean {
  return meta.copyTo.some((c) => c.trim()) || Boolean(meta.printer?.trim()) || Boolean(meta.printDate);
}

interface Row { lines: number; text: TextRun[]; indent: { left: number; right: number; hanging?: number }; tabs?: boolean }

export interface ImprintBlock {
  /** Frame paragraphs, each followed by its anchor paragraph. */
  frames: Flow[];
  /** Twips the 版记 needs above the 版心 bottom, anchors included (page-layout's BottomBox). */
  height: number;
  /** The 版心 bottom measured from the 版心 top (twips): where the last rule sits [Std 7.4.1]. */
  limit: number;
}

/**
 * 版记 [Std 7.4]: 4号仿宋; 抄送 左右各空一字, names after the colon, ending with 。; 印发机关 左空一字 and
 * 印发日期 右空一字 + 印发 on the line above the last rule; first and last rules thick, the middle thin;
 * the last rule on the 版心 bottom of the last page.
 *
 * Built as paragraphs in frames positioned absolutely on the page (w:framePr vAnchor="page"), rules as
 * their borders. Measured in LibreOffice 7.4: the frames land at the bottom of the page where the flow
 * reaches them, body text never runs beside them, and with keep-with-next on the body's last paragraph
 * the 版记 always shares the last page with the end of the body. Each frame is followed by a tiny
 * ordinary paragraph: LO anchors a frame to the paragraph after it, and a frame anchored to another
 * frame was laid inline or drawn twice. Floating tables and bottom-aligned frames with borders did not
 * render there at all (docs/gbt9704.md#版记).
 */
/** The 版记's rows as data: the 抄送 paragraph and the 印发 line (what the PDF draws, compose-page-model.ts). */
export interface ImprintRow {
  kind: 'copy' | 'print';
  /** 抄送 text, or the 印发机关 (left) … */
  text: string;
  /** … and the 印发日期 + 印发 (right), for the print row. */
  right?: string;
  lines: number;
  indent: { left: number; right: number; hanging?: number };
}

export function imprintRows(meta: PlanMeta, ctx: BuildContext): ImprintRow[] {
  const s = ctx.style;
  const size = s.sizes.imprint;
  const indent = s.imprint.indent;
  const rows: ImprintRow[] = [];
  const copy = meta.copyTo.map((c) => c.trim().replace(/[。，、；]+$/, '')).filter(Boolean);
  if (copy.length) {
    const text = `抄送：${copy.join('，')}。`;
    const colon = 3 * (size / 2) * 20; // wrapped names align after 抄送：
    const lines = estimateLines(text, { widthPt: TEXT_WIDTH_PT, sizePt: size / 2, scale: 100, leftIndentPt: (indent + colon) / 20, rightIndentPt: indent / 20, firstIndentPt: -colon / 20 });
    rows.push({ kind: 'copy', lines, text, indent: { left: indent + colon, hanging: colon, right: indent } });
  }
  const printer = meta.printer?.trim() ?? '';
  const date = meta.printDate ? `${chineseDate(meta.printDate)}印发` : '';
  if (printer || date) rows.push({ kind: 'print', lines: 1, text: printer, right: date, indent: { left: indent, right: indent } });
  return rows;
}

export function imprintBlock(meta: PlanMeta, ctx: BuildContext): ImprintBlock | null {
  const s = ctx.style;
  const size = s.sizes.imprint;
  const pitch = ctx.geometry.line;
  const indent = s.imprint.indent;
  const run = (text: string) => textRuns(s.faces, { text, face: 'fangsong', size });
  const rows: Row[] = imprintRows(meta, ctx).map((r) => r.kind === 'copy'
    ? { lines: r.lines, text: run(r.text), indent: r.indent }
    : { lines: 1, text: [...run(r.text), ...(r.right ? [...run('\t'), ...run(r.right)] : [])], indent: r.indent, tabs: true });

  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: s.imprint.thick, color: '000000', space: 0 };
  const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: s.imprint.thin, color: '000000', space: 0 };
  let y = mm(s.page.textBottomMm);
  const tops = rows.map((r) => r.lines * pitch).reverse().map((h) => (y -= h)).reverse();
  const anchor = (last: boolean) => new Paragraph({
    style: StyleIds.spacer, keepNext: !last,
    spacing: { line: ANCHOR_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: textRuns(s.faces, { text: '', face: 'fangsong', size: 2 }),
  });
  if (rows.length === 0) return null;
  const frames = rows.flatMap((r, i) => [new Paragraph({
    style: StyleIds.imprint,
    keepNext: true,
    frame: {
      type: 'absolute', position: { x: 0, y: tops[i]! }, width: s.page.textWidth, height: r.lines * pitch, rule: HeightRule.EXACT,
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE }, wrap: FrameWrap.NOT_BESIDE,
    },
    indent: r.indent,
    ...(r.tabs ? { tabStops: [{ type: TabStopType.RIGHT, position: s.page.textWidth - indent }] } : {}),
    border: { ...(i === 0 ? { top: thick } : {}), bottom: i === rows.length - 1 ? thick : thin },
    children: r.text,
  }), anchor(i === rows.length - 1)]);
  return {
    frames: frames.map((node) => ({ node })),
    // The anchors flow below the body, so they must fit above the frames too.
    height: rows.reduce((h, r) => h + r.lines * pitch, 0) + rows.length * ANCHOR_LINE,
    limit: mm(s.page.textBottomMm) - ctx.geometry.top,
  };
}

/** Height of the ordinary paragraph after each frame (twips): small enough never to cost a line. */
const ANCHOR_LINE = 10;
