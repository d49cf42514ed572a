import type { BuildContext } from '../build-context';
import { StyleIds } from '../docx-styles';
import type { FlowParagraphSpec } from '../flow-paragraph';
import type { Face } from '../gbt9704-style';
import type { RunSpec } from '../text-run';
import { AUTOSPACE_EM, advancePt, autospaceBetween } from './char-width';
import { breakLines } from './line-estimate';
import type { ModelRun } from './page-model';

/** A paragraph line before it is put on a page: x relative to the 版心 left edge. */
export interface LaidLine {
  x: number;
  runs: ModelRun[];
}

export type Align = 'left' | 'center' | 'right' | 'both';

/** The alignment a paragraph gets from its spec or style (docx-styles.ts: Normal justifies, titles centre). */
export function paragraphAlign(spec: Pick<FlowParagraphSpec, 'alignment' | 'style'>): Align {
  const a = spec.alignment as string | undefined;
  if (a === 'center' || a === 'right' || a === 'left' || a === 'both') return a;
  if (a === 'start') return 'left';
  if (a === 'end') return 'right';
  if (spec.style === StyleIds.title || spec.style === StyleIds.flag) return 'center';
  if (spec.style === StyleIds.table) return 'left';
  return 'both';
}

/** Horizontal scale of a run without its own: the body styles condense to 98% (as flow-box.ts measures). */
export function runScale(ctx: BuildContext, styleId: string, run: RunSpec | undefined): number {
  if (run?.scale) return run.scale;
  const condensed = styleId === 'Normal' || styleId === StyleIds.body || /^Heading\d$/.test(styleId);
  return condensed ? ctx.style.body.scale : 100;
}

interface Indents { first: number; left: number; right: number }

/** Indents in points, the style's 左空二字 when the spec names none (flow-box.ts styleFirstLine). */
function indents(spec: FlowParagraphSpec, ctx: BuildContext): Indents {
  const ind = spec.indent;
  const styleFirst = spec.style === StyleIds.body || /^Heading\d$/.test(spec.style) ? ctx.style.body.firstLine : 0;
  const first = ((ind?.firstLine ?? (ind ? 0 : styleFirst)) - (ind?.hanging ?? 0)) / 20;
  return { first, left: (ind?.left ?? 0) / 20, right: (ind?.right ?? 0) / 20 };
}

/** Characters of the paragraph with the run each belongs to; a breakBefore run starts with '\n'. */
function charsOf(runs: readonly RunSpec[]): { ch: string; run: number }[] {
  const out: { ch: string; run: number }[] = [];
  runs.forEach((r, i) => {
    if (r.breakBefore) out.push({ ch: '\n', run: i });
    for (const ch of r.text) out.push({ ch, run: i });
  });
  return out;
}

const isLatin = (ch: string) => ch >= ' ' && ch < '\x7f';

/** LibreOffice's Asian/Latin autospace before the k-th character of a line (line-estimate AUTOSPACE_EM). */
function autospaceAt(chars: { ch: string }[], k: number, sizePt: number): number {
  return k > 0 && autospaceBetween(chars.slice(0, k).map((c) => c.ch).join(''), chars[k]!.ch) ? AUTOSPACE_EM * sizePt : 0;
}

/**
 * One line's characters as runs: digits and Latin letters in the Latin face (Times New Roman, as the
 * .docx's w:rFonts ascii), the rest in the run's face; each character advances its line-estimate width,
 * plus `gap` between characters when the line is justified.
 */
function lineRuns(chars: { ch: string; run: number }[], runs: readonly RunSpec[], sizeOf: (r: RunSpec) => number, scaleOf: (r: RunSpec) => number, gap: number): ModelRun[] {
  const out: ModelRun[] = [];
  let dx = 0;
  chars.forEach(({ ch, run }, i) => {
    const spec = runs[run]!;
    const face: Face = isLatin(ch) ? 'latin' : spec.face;
    const size = sizeOf(spec);
    const scale = scaleOf(spec);
    const next = chars[i + 1];
    const auto = next && autospaceBetween(chars.slice(0, i + 1).map((c) => c.ch).join(''), next.ch) ? AUTOSPACE_EM * size : 0;
    const advance = advancePt(ch, size, scale) + (i < chars.length - 1 ? gap + auto : 0);
    const prev = out[out.length - 1];
    const color = spec.color ?? '000000';
    const bold = spec.bold === true;
    if (prev && prev.face === face && prev.sizePt === size && prev.scale === scale && prev.color === color && prev.bold === bold) {
      prev.text += ch;
      prev.advances.push(advance);
    } else out.push({ text: ch, face, sizePt: size, scale, color, bold, dx, advances: [advance] });
    dx += advance;
  });
  return out;
}

/**
 * A paragraph's lines with their content, broken exactly as flow-box.ts counts them (line-estimate's
 * breakLines on the same text and metrics), then aligned: centred, right, or justified as Word does
 * for CJK text — the free width spread evenly between the characters, except on the last line of the
 * paragraph and before a manual line break, which stay left-aligned.
 */
export function paragraphLayout(spec: FlowParagraphSpec, ctx: BuildContext, widthPt: number): LaidLine[] {
  const chars = charsOf(spec.runs);
  const text = chars.map((c) => c.ch).join('');
  const first = spec.runs.find((r) => r.text) ?? spec.runs[0];
  const sizePt = (first?.size ?? ctx.style.sizes.body) / 2;
  const scale = runScale(ctx, spec.style, first);
  const ind = indents(spec, ctx);
  const broken = breakLines(text, { widthPt, sizePt, scale, firstIndentPt: ind.first, leftIndentPt: ind.left, rightIndentPt: ind.right });
  const align = paragraphAlign(spec);
  const sizeOf = (r: RunSpec) => r.size / 2;
  const scaleOf = (r: RunSpec) => runScale(ctx, spec.style, r);
  const out: LaidLine[] = [];
  let pos = 0;
  const skipSpaces = () => {
    while (chars[pos]?.ch === ' ') pos++;
  };
  broken.forEach((line, i) => {
    if (i > 0) {
      skipSpaces();
      if (chars[pos]?.ch === '\n') pos++;
      skipSpaces();
    }
    const n = [...line].length;
    const mine = chars.slice(pos, pos + n);
    if (mine.map((c) => c.ch).join('') !== line) throw new Error(`paragraphLayout: line ${i} "${line}" does not match the paragraph text at ${pos}`);
    pos += n;
    let end = pos;
    while (chars[end]?.ch === ' ') end++;
    const brokenByHand = chars[end]?.ch === '\n';
    const isLast = i === broken.length - 1;
    const start = ind.left + (i === 0 ? ind.first : 0);
    const avail = widthPt - start - ind.right;
    const used = mine.reduce((w, c, k) => w + advancePt(c.ch, sizeOf(spec.runs[c.run]!), scaleOf(spec.runs[c.run]!)) + autospaceAt(mine, k, sizeOf(spec.runs[c.run]!)), 0);
    const free = avail - used;
    const justify = align === 'both' && !isLast && !brokenByHand && free > 0 && mine.length > 1;
    const gap = justify ? free / (mine.length - 1) : 0;
    const shift = align === 'center' ? Math.max(0, free) / 2 : align === 'right' ? Math.max(0, free) : 0;
    out.push({ x: start + shift, runs: lineRuns(mine, spec.runs, sizeOf, scaleOf, gap) });
  });
  return out;
}

/** One table cell paragraph's lines (小四, no hanging punctuation in a cell, flow-box.ts tableRows). */
export function cellLayout(text: string, face: Face, align: Align, sizePt: number, widthPt: number): LaidLine[] {
  const spec: FlowParagraphSpec = { style: StyleIds.table, alignment: align === 'both' ? 'both' : align, runs: [{ text, face, size: sizePt * 2, scale: 100 }] };
  const broken = breakLines(text, { widthPt, sizePt, scale: 100, hang: false });
  const chars = charsOf(spec.runs);
  const out: LaidLine[] = [];
  let pos = 0;
  broken.forEach((line, i) => {
    while (chars[pos]?.ch === ' ') pos++;
    const mine = chars.slice(pos, pos + [...line].length);
    pos += mine.length;
    const used = mine.reduce((w, c, k) => w + advancePt(c.ch, sizePt, 100) + autospaceAt(mine, k, sizePt), 0);
    const free = widthPt - used;
    const justify = align === 'both' && i < broken.length - 1 && free > 0 && mine.length > 1;
    const shift = align === 'center' ? Math.max(0, free) / 2 : align === 'right' ? Math.max(0, free) : 0;
    out.push({ x: shift, runs: lineRuns(mine, spec.runs, () => sizePt, () => 100, justify ? free / (mine.length - 1) : 0) });
  });
  return out;
}
