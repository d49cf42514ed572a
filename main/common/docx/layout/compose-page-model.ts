import type { Plan } from '../../model/plan';
import type { BuildContext, Flow } from '../build-context';
import { composeSegments, exportContext } from '../build-docx';
import { StyleIds } from '../docx-styles';
import { imprintRows } from '../elements/imprint-block';
import type { ExportOptionsInput } from '../export-options';
import { TEXT_WIDTH_PT, type FlowParagraphSpec } from '../flow-paragraph';
import { GBT9704_STYLE, mm, type Face, type Gbt9704Style } from '../gbt9704-style';
import { segmentLayout, type Segment } from './document-layout';
import { flowBox } from './flow-box';
import { charEm } from './char-width';
import type { ModelLine, ModelPage, ModelRule, ModelRun, PageModel } from './page-model';
import { textHeight } from './page-height';
import { cellLayout, paragraphLayout, type LaidLine } from './paragraph-lines';
import { tablePieces } from './table-pieces';

/**
 * Where a line's baseline sits in an exact-height line of `linePt`: LibreOffice keeps the font's height
 * (Windows ascent + descent, 0.978 + 0.272 em for the Fandol faces) and puts about 72 % of the remaining
 * leading above it. LO-calibrated on page 2 of seed 000: first body line's ink top 40.26 mm in LO's
 * render; 41.15 mm with all the leading above, 40.3 mm with this split.
 */
const ASCENT_EM = 0.978;
const DESCENT_EM = 0.272;
const LEADING_ABOVE = 0.72;
function baselineIn(linePt: number, sizePt: number): number {
  const leading = Math.max(0, linePt - (ASCENT_EM + DESCENT_EM) * sizePt);
  return linePt - DESCENT_EM * sizePt - (1 - LEADING_ABOVE) * leading;
}
/** The 一字线 of a page number sits this share of the size above its baseline (宋体 dash, measured). */
const DASH_RISE_EM = 0.3;

interface Frame {
  orientation: 'portrait' | 'landscape';
  width: number;
  height: number;
  left: number;
  top: number;
  textWidth: number;
}

function frameOf(ctx: BuildContext, orientation: 'portrait' | 'landscape'): Frame {
  const s = ctx.style;
  if (orientation === 'landscape') {
    return { orientation, width: s.page.height / 20, height: s.page.width / 20, left: s.page.landscapeMargins.left / 20, top: s.page.landscapeMargins.top / 20, textWidth: s.page.landscapeTextWidth / 20 };
  }
  return { orientation, width: s.page.width / 20, height: s.page.height / 20, left: s.page.left / 20, top: ctx.geometry.top / 20, textWidth: TEXT_WIDTH_PT };
}

const placeLine = (laid: LaidLine, x0: number, baseline: number): ModelLine => ({ x: x0 + laid.x, y: baseline, runs: laid.runs });
const hasText = (l: LaidLine) => l.runs.some((r) => r.text.trim());

/** Line pitch of a paragraph (twips), as flow-box.ts measures it. */
function pitchOf(spec: FlowParagraphSpec, ctx: BuildContext): number {
  if (spec.line !== undefined) return spec.line;
  if (spec.style === StyleIds.table) return ctx.style.table.line;
  if (spec.style === StyleIds.footer) return ctx.style.footer.line;
  return ctx.geometry.line;
}

class Pages {
  readonly pages: ModelPage[] = [];
  page(n: number, frame: Frame): ModelPage {
    while (this.pages.length < n) this.pages.push({ number: this.pages.length + 1, orientation: frame.orientation, widthPt: frame.width, heightPt: frame.height, lines: [], rules: [], pageNumber: null });
    return this.pages[n - 1]!;
  }
}

/** A paragraph's lines from its placement, line by line as page-layout.ts placeLines does. */
function drawParagraph(flow: Flow, ctx: BuildContext, frame: Frame, at: { page: number; y: number }, height: number, put: (page: number) => ModelPage): void {
  const spec = flow.spec!;
  const laid = paragraphLayout(spec, ctx, frame.textWidth);
  const line = pitchOf(spec, ctx);
  let { page, y } = at;
  for (const l of laid) {
    if (y + line > height && y > 0) {
      page++;
      y = 0;
    }
    const size = l.runs[0]?.sizePt ?? ctx.style.sizes.body / 2;
    if (hasText(l)) put(page).lines.push(placeLine(l, frame.left, frame.top + y / 20 + baselineIn(line / 20, size)));
    y += line;
  }
  const bottom = spec.extra?.border?.bottom;
  if (bottom) {
    const w = (bottom.size ?? 8) / 8;
    const ry = frame.top + y / 20 + (bottom.space ?? 0) + w / 2;
    put(page).rules.push({ x0: frame.left, x1: frame.left + frame.textWidth, y0: ry, y1: ry, width: w, color: typeof bottom.color === 'string' ? bottom.color : '000000' });
  }
}

/** A grid table: cell text, cell borders, the header repeated on every page it continues on. */
function drawTable(flow: Flow, ctx: BuildContext, frame: Frame, at: { page: number; y: number }, height: number, put: (page: number) => ModelPage): void {
  const spec = flow.table!;
  const s = ctx.style;
  const box = flowBox(flow, ctx, frame.textWidth);
  if (box.kind !== 'table') return;
  const width = spec.widths.reduce((a, b) => a + b, 0) / 20;
  const x0 = frame.left + (frame.textWidth - width) / 2;
  const size = s.sizes.table / 2;
  const line = s.table.line / 20;
  const margin = s.table.cellMargin / 20;
  const border = s.table.border / 8;
  const lefts = spec.widths.map((_, c) => x0 + spec.widths.slice(0, c).reduce((a, b) => a + b, 0) / 20);
  const cells = spec.rows.map((row, r) => spec.widths.map((w, c) => {
    const head = spec.header && r === 0;
    const align = head || spec.centred?.includes(c) ? 'center' : spec.left?.includes(c) ? 'left' : 'both';
    return (row[c] ?? '').split('\n').flatMap((para) => cellLayout(para, head ? 'heiti' : 'fangsong', align, size, w / 20 - 2 * margin));
  }));
  const rowsOf = box.header ? [box.header, ...box.rows] : box.rows;
  for (const piece of tablePieces(box, at, height).pieces) {
    const index = box.header ? piece.row + 1 : piece.row;
    const rowBox = rowsOf[index]!;
    const page = put(piece.page);
    const top = frame.top + piece.y / 20;
    const bottom = top + piece.height / 20;
    const rule = (a: number, b: number, c: number, d: number): ModelRule => ({ x0: a, y0: b, x1: c, y1: d, width: border, color: '000000' });
    page.rules.push(rule(x0, top, x0 + width, top), rule(x0, bottom, x0 + width, bottom));
    for (const x of [...lefts, x0 + width]) page.rules.push(rule(x, top, x, bottom));
    cells[index]!.forEach((lines, c) => {
      const shown = lines.slice(piece.from, piece.from + piece.count);
      // Cells are centred vertically; of a split row, the first part is full from the top, and what a cell
      // has left for a later part is centred in that part, as LibreOffice draws it.
      const offset = piece.whole ? ((rowBox.lines - lines.length) * line) / 2 : piece.from > 0 ? ((piece.count - shown.length) * line) / 2 : 0;
      shown.forEach((l, k) => {
        if (!hasText(l)) return;
        const baseline = top + s.table.cellMarginVertical / 20 + offset + k * line + baselineIn(line, size);
        page.lines.push(placeLine(l, lefts[c]! + margin, baseline));
      });
    });
  }
}

/** The 版记 [Std 7.4]: rows pinned above the 版心 bottom, thick first and last rules, thin between. */
function drawImprint(plan: Plan, ctx: BuildContext, frame: Frame, page: ModelPage): void {
  const s = ctx.style;
  const pitch = ctx.geometry.line;
  const rows = imprintRows(plan.meta, ctx);
  let y = mm(s.page.textBottomMm);
  const tops = rows.map((r) => r.lines * pitch).reverse().map((h) => (y -= h)).reverse();
  const size = s.sizes.imprint / 2;
  rows.forEach((row, i) => {
    const top = tops[i]! / 20;
    const lines: LaidLine[] = row.kind === 'copy'
      ? paragraphLayout({ style: StyleIds.imprint, indent: row.indent, runs: [{ text: row.text, face: 'fangsong', size: s.sizes.imprint, scale: 100 }] }, ctx, frame.textWidth)
      : printLine(row.text, row.right ?? '', row.indent.left / 20, frame.textWidth - row.indent.right / 20, size);
    lines.forEach((l, k) => page.lines.push(placeLine(l, frame.left, top + (k * pitch) / 20 + baselineIn(pitch / 20, size))));
    const rule = (yy: number, thick: boolean): ModelRule => ({ x0: frame.left, x1: frame.left + frame.textWidth, y0: yy, y1: yy, width: (thick ? s.imprint.thick : s.imprint.thin) / 8, color: '000000' });
    if (i === 0) page.rules.push(rule(top, true));
    page.rules.push(rule(top + (row.lines * pitch) / 20, i === rows.length - 1));
  });
}

function plainRun(text: string, face: Face, sizePt: number, dx = 0): ModelRun {
  const chars = [...text];
  return { text, face, sizePt, scale: 100, color: '000000', bold: false, dx, advances: chars.map((ch) => charEm(ch) * sizePt) };
}

/** Runs of `text` with digits in the Latin face, as the .docx's w:rFonts put them. */
function mixedRuns(text: string, face: Face, sizePt: number): ModelRun[] {
  const out: ModelRun[] = [];
  let dx = 0;
  for (const part of text.match(/[ -~]+|[^ -~]+/g) ?? []) {
    const run = plainRun(part, /^[ -~]/.test(part) ? 'latin' : face, sizePt, dx);
    dx += run.advances.reduce((a, b) => a + b, 0);
    out.push(run);
  }
  return out;
}

const width = (runs: ModelRun[]) => runs.reduce((w, r) => w + r.advances.reduce((a, b) => a + b, 0), 0);

/** 印发机关 左空一字, 印发日期 右空一字 on one line (the right tab of the .docx). */
function printLine(left: string, right: string, x0: number, x1: number, size: number): LaidLine[] {
  const a = mixedRuns(left, 'fangsong', size);
  const b = mixedRuns(right, 'fangsong', size);
  const shift = x1 - x0 - width(b);
  return [{ x: x0, runs: [...a, ...b.map((r) => ({ ...r, dx: r.dx + shift }))] }];
}

/** "— N —" [Std 7.5]: 4号宋体, the 一字线 7 mm below the 版心; odd 居右空一字, even 居左空一字; 横排表格 turned [Std 8]. */
function pageNumber(n: number, frame: Frame, ctx: BuildContext): ModelLine {
  const s = ctx.style;
  const size = s.sizes.pageNumber / 2;
  const runs = mixedRuns(`— ${n} —`, 'songti', size);
  const w = width(runs);
  const rise = DASH_RISE_EM * size;
  const pt = (v: number) => (v * 72) / 25.4;
  if (frame.orientation === 'landscape') {
    const ln = s.footer.landscapeNumber;
    if (n % 2 === 1) return { x: pt(ln.odd.xMm) - rise, y: pt(ln.odd.boxTopMm + ln.boxMm.height) - w, rotate: 90, runs };
    // Even: the same turn, the number starting at the box top (left-aligned in a top-to-bottom box).
    return { x: pt(ln.even.xMm) - rise, y: pt(ln.even.boxTopMm), rotate: 90, runs };
  }
  const dashY = pt(s.page.textBottomMm + 7) + rise;
  const indent = s.footer.indent / 20;
  const x = n % 2 === 1 ? frame.left + frame.textWidth - indent - w : frame.left + indent;
  return { x, y: dashY, runs };
}

/**
 * The export's pages, line by line: the same segments, flows, measurements and pagination as the .docx
 * (build-docx.ts composeSegments, document-layout.ts), drawn rather than written.
 */
export function composePageModel(plan: Plan, input: ExportOptionsInput = {}, style: Gbt9704Style = GBT9704_STYLE): PageModel {
  const ctx = exportContext(plan, input, style);
  return pageModelOf(plan, composeSegments(plan, ctx), ctx);
}

export function pageModelOf(plan: Plan, segments: readonly Segment[], ctx: BuildContext): PageModel {
  const pages = new Pages();
  let next = 1;
  for (const seg of segments) {
    const frame = frameOf(ctx, seg.orientation);
    if (seg.start === 'even-page' && next % 2 === 1) pages.page(next++, frame); // the blank page a renderer inserts
    const layout = segmentLayout(seg, ctx);
    const first = next;
    const height = textHeight(ctx, seg.orientation);
    const put = (p: number) => pages.page(first + p, frame);
    seg.flows.forEach((flow, i) => {
      const p = layout.placements[i]!;
      const at = { page: p.startPage, y: p.startY };
      if (flow.table) drawTable(flow, ctx, frame, at, height, put);
      else if (flow.spec) drawParagraph(flow, ctx, frame, at, height, put);
    });
    if (seg.imprint) drawImprint(plan, ctx, frame, put(layout.placements[seg.flows.length]!.startPage));
    for (let p = 0; p < layout.pages; p++) {
      const page = put(p);
      if (seg.footers === 'numbered') page.pageNumber = pageNumber(page.number, frame, ctx);
    }
    next = first + layout.pages;
  }
  return { pages: pages.pages };
}
