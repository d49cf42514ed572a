import type { BuildContext, Flow } from '../build-context';
import { StyleIds } from '../docx-styles';
import type { FlowParagraphSpec } from '../flow-paragraph';
import type { GridTableSpec } from '../elements/grid-table';
import type { Gbt9704Style } from '../gbt9704-style';
import { estimateLines } from './line-estimate';
import type { Box, TableRowBox } from './page-layout';

/** Line pitch (twips) a paragraph of this style gets when its spec names none (docx-styles.ts). */
function styleLine(ctx: BuildContext, styleId: string): number {
  if (styleId === StyleIds.table) return ctx.style.table.line;
  if (styleId === StyleIds.footer) return ctx.style.footer.line;
  return ctx.geometry.line;
}

/** Horizontal scale runs get from their style when the run sets none: the body styles condense to 98%. */
function styleScale(ctx: BuildContext, styleId: string): number {
  const condensed = styleId === 'Normal' || styleId === StyleIds.body || /^Heading\d$/.test(styleId);
  return condensed ? ctx.style.body.scale : 100;
}

/** Indents a style gives when the spec names none: 左空二字 for body text and headings. */
function styleFirstLine(ctx: BuildContext, styleId: string): number {
  return styleId === StyleIds.body || /^Heading\d$/.test(styleId) ? ctx.style.body.firstLine : 0;
}

/** How many lines a flow paragraph takes on a line of `widthPt`. */
export function paragraphLines(spec: FlowParagraphSpec, ctx: BuildContext, widthPt: number): number {
  const text = spec.runs.map((r) => (r.breakBefore ? '\n' : '') + r.text).join('');
  const run = spec.runs.find((r) => r.text) ?? spec.runs[0];
  const sizePt = (run?.size ?? ctx.style.sizes.body) / 2;
  const scale = run?.scale ?? styleScale(ctx, spec.style);
  const ind = spec.indent ?? {};
  const first = (ind.firstLine ?? (spec.indent ? 0 : styleFirstLine(ctx, spec.style))) - (ind.hanging ?? 0);
  return estimateLines(text, {
    widthPt, sizePt, scale,
    firstIndentPt: first / 20, leftIndentPt: (ind.left ?? 0) / 20, rightIndentPt: (ind.right ?? 0) / 20,
  });
}

/**
 * Rows of a grid table: the tallest cell's lines at the table pitch, plus the vertical cell margins and
 * one border width (LibreOffice adds the row's border to its height: measured ~10 twips per 0.5 pt rule).
 * Punctuation never hangs out of a cell (patch-docx-package.ts).
 */
export function tableRows(spec: GridTableSpec, ctx: BuildContext): TableRowBox[] {
  const s = ctx.style;
  return tableRowLines(spec, s).map((lines) => ({
    lines, line: s.table.line, padding: 2 * s.table.cellMarginVertical + (s.table.border / 8) * 20, canSplit: rowCanSplit(spec, lines),
  }));
}

/** Row line counts already broken, per table spec (the layout and the writer both ask for them). */
const ROW_LINES = new WeakMap<GridTableSpec, { style: Gbt9704Style; lines: number[] }>();

/** Each row's line count: its tallest cell, every cell paragraph broken at the cell's inner width. */
export function tableRowLines(spec: GridTableSpec, style: Gbt9704Style): number[] {
  const known = ROW_LINES.get(spec);
  if (known?.style === style) return known.lines;
  const lines = spec.rows.map((cells) => Math.max(1, ...spec.widths.map((w, c) => (cells[c] ?? '').split('\n').reduce((n, para) => n
    + estimateLines(para, { widthPt: (w - 2 * style.table.cellMargin) / 20, sizePt: style.sizes.table / 2, scale: 100, hang: false }), 0))));
  ROW_LINES.set(spec, { style, lines });
  return lines;
}

/** Which rows may break across pages; the lines are counted only when a short row must be kept whole. */
export function rowsThatSplit(spec: GridTableSpec, style: Gbt9704Style): boolean[] {
  if (!spec.splitRows || !spec.keepWholeUnder) return spec.rows.map(() => spec.splitRows === true);
  return tableRowLines(spec, style).map((lines) => rowCanSplit(spec, lines));
}

/** A row may break across pages when the table allows it and the row is not short (`keepWholeUnder`). */
export function rowCanSplit(spec: GridTableSpec, lines: number): boolean {
  return spec.splitRows === true && lines >= (spec.keepWholeUnder ?? 0);
}

/**
 * Height a paragraph border adds below or above the text (twips): its spacing and its width, which both
 * LibreOffice and Word add to the paragraph (the red rule under the 发文字号).
 */
function borderExtra(spec: FlowParagraphSpec): number {
  const border = spec.extra?.border;
  if (!border) return 0;
  return [border.top, border.bottom].reduce((sum, b) => sum + (b ? (b.space ?? 0) * 20 + ((b.size ?? 0) / 8) * 20 : 0), 0);
}

/** A flow as page-layout sees it; `widthPt` is the 版心 width of its page (portrait or landscape). */
export function flowBox(flow: Flow, ctx: BuildContext, widthPt: number): Box {
  if (flow.table) {
    const rows = tableRows(flow.table, ctx);
    return flow.table.header ? { kind: 'table', header: rows[0] ?? null, rows: rows.slice(1) } : { kind: 'table', header: null, rows };
  }
  const spec = flow.spec;
  if (!spec) throw new Error('flowBox: a flow without a paragraph or table spec cannot be measured');
  return {
    kind: 'lines',
    lines: paragraphLines(spec, ctx, widthPt),
    line: spec.line ?? styleLine(ctx, spec.style),
    extra: borderExtra(spec),
    keepNext: spec.keepNext === true || /^Heading\d$/.test(spec.style),
    pageBreakBefore: spec.pageBreakBefore === true,
  };
}
