/**
 * How a paragraph breaks into lines. Exact line spacing and fixed-width CJK glyphs make this
 * predictable, which is what lets the exporter know where pages end (the 版记 must land on an even
 * page, GB/T 9704 7.4.1 + 6.2). The rules below were measured in LibreOffice 7.4 renders
 * (tests/render/line-breaking.test.ts) and are the ones Word and WPS apply by default:
 * - every 汉字 and full-width mark advances one 字; Latin and digits advance their Times New Roman
 *   width (Liberation Serif, the preview font, is metric-compatible);
 * - a run of Latin letters/digits without spaces ("2025", "95%", "GB/T") never breaks;
 * - closing marks never start a line and opening marks never end one: they travel with their neighbour;
 * - hanging punctuation (Word/WPS default "允许标点溢出边界"): ，。、；：？！ and ASCII . , may hang past
 *   the line end instead of pulling the previous character down; closing brackets and quotes do not.
 */
export interface LineMetrics {
  /** Line width in points. */
  widthPt: number;
  /** Font size in points and horizontal scale (percent). */
  sizePt: number;
  scale: number;
  /** First-line indent (negative for a hanging indent), left and right indents, in points. */
  firstIndentPt?: number;
  leftIndentPt?: number;
  rightIndentPt?: number;
  /** Hanging punctuation allowed (default true; see above). */
  hang?: boolean;
}

/** Times New Roman advance widths in em for U+0020–U+007E (from Liberation Serif's hmtx, metric-compatible). */
const ASCII_EM = [
  0.25, 0.333, 0.408, 0.5, 0.5, 0.833, 0.778, 0.18, 0.333, 0.333, 0.5, 0.564, 0.25, 0.333, 0.25, 0.278,
  0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.278, 0.278, 0.564, 0.564, 0.564, 0.444,
  0.921, 0.722, 0.667, 0.667, 0.722, 0.611, 0.556, 0.722, 0.722, 0.333, 0.389, 0.722, 0.611, 0.889, 0.722, 0.722,
  0.556, 0.722, 0.667, 0.556, 0.611, 0.722, 0.722, 0.944, 0.722, 0.722, 0.611, 0.333, 0.278, 0.333, 0.469, 0.5,
  0.333, 0.444, 0.5, 0.444, 0.5, 0.444, 0.333, 0.5, 0.5, 0.278, 0.278, 0.5, 0.278, 0.778, 0.5, 0.5,
  0.5, 0.5, 0.333, 0.389, 0.278, 0.5, 0.5, 0.722, 0.5, 0.5, 0.444, 0.48, 0.2, 0.48, 0.541,
];

// Kinsoku sets for Simplified Chinese, as LibreOffice applies them (measured: … — % may start a line).
const NO_START = new Set([...'，。、；：？！）》」』】〕〗〉”’·.,;:?!)]}＂％＇），．：；？！］｝～']);
const NO_END = new Set([...'《（“‘「『【〔〖〈([{＄（［｛￡￥']);
const HANGING = new Set([...'，。、；：？！.,']);

/** Advance of one character in 字 (em) units. */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return 0;
  if (c < 0x7f) return ASCII_EM[c - 0x20]!;
  return 1;
}

/**
 * Advance of one character in points at a size and horizontal scale, as the renderers lay it out: a
 * whole number of twips, rounded down. LibreOffice positions glyphs in twips; a 98 % 三号 字 is
 * 313.6 twips on paper but advances 313, so a line of 28 字 and an ASCII comma (28 × 313 + 78 = 8842)
 * still fits the 8844-twip 版心 — rendered, where unrounded widths put it 0.8 pt over (issue #12).
 */
export function advancePt(ch: string, sizePt: number, scale: number): number {
  return Math.floor(charEm(ch) * sizePt * scale / 5 + 1e-6) / 20;
}

/** Total advance of a string in 字. */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

interface Token { text: string; width: number; space: boolean; newline: boolean }

const isAsciiWord = (ch: string) => ch > ' ' && ch < '\x7f';

type Width = (text: string, after?: string) => number;

type Script = 'asian' | 'latin' | 'weak';
const scriptOf = (ch: string): Script => (/[A-Za-z0-9%]/.test(ch) ? 'latin' : ch < '\x7f' ? 'weak' : 'asian');

/**
 * LibreOffice puts extra space where Asian and Latin script meet (2025年, 率95%): its DOCX import
 * ignores w:autoSpaceDE/DN (writerfilter drops both), so the space is there whatever the .docx says.
 * Weak characters (ASCII punctuation) belong to the script before them. 0.2 of the font size was the
 * best fit over the seeds' renders (first line of every page: 0 → 237/312, 0.2 → 283/312, 0.25 → 268/312).
 */
export const AUTOSPACE_EM = 0.2;

/** Autospace before `ch` when the text before it ends with `before` (scripts resolved). */
export function autospaceBetween(before: string, ch: string): boolean {
  let prev: Script = 'weak';
  for (const c of before) {
    const s = scriptOf(c);
    if (s !== 'weak') prev = s;
  }
  const cur = scriptOf(ch);
  return cur !== 'weak' && prev !== 'weak' && cur !== prev;
}

/** Width of a string in 字 as rendered: advances plus LibreOffice's autospace where scripts meet (2025年). */
export function renderedEm(text: string): number {
  let w = 0;
  let before = '';
  for (const ch of text) {
    w += charEm(ch) + (before && autospaceBetween(before, ch) ? AUTOSPACE_EM : 0);
    before += ch;
  }
  return w;
}

/** Break opportunities: a token is what may not be split (one 汉字, one Latin word, a space, a newline). */
function rawTokens(text: string, width: Width): Token[] {
  const out: Token[] = [];
  for (const ch of text) {
    const prev = out[out.length - 1];
    if (ch === '\n') out.push({ text: '', width: 0, space: false, newline: true });
    else if (ch === ' ') out.push({ text: ' ', width: width(' '), space: true, newline: false });
    else if (isAsciiWord(ch) && prev && !prev.space && !prev.newline && isAsciiWord(prev.text.at(-1) ?? '')) {
      prev.text += ch;
      prev.width += width(ch);
    } else out.push({ text: ch, width: width(ch), space: false, newline: false });
  }
  return out;
}

/** Glue closing marks to what precedes them and opening marks to what follows (kinsoku). */
function tokens(text: string, width: Width): Token[] {
  const out: Token[] = [];
  let open = ''; // opening marks waiting for the token they belong to
  for (const t of rawTokens(text, width)) {
    const prev = out[out.length - 1];
    const word = !t.space && !t.newline;
    if (word && !open && NO_START.has([...t.text][0]!) && prev && !prev.space && !prev.newline) {
      prev.text += t.text;
      prev.width += t.width;
    } else if (word && [...t.text].every((ch) => NO_END.has(ch))) {
      open += t.text;
    } else if (word && open) {
      out.push({ ...t, text: open + t.text, width: width(open) + t.width });
      open = '';
    } else {
      out.push(t);
    }
  }
  if (open) out.push({ text: open, width: width(open), space: false, newline: false });
  return out;
}

/** The lines a paragraph breaks into, as text (trailing spaces dropped). */
export function breakLines(text: string, m: LineMetrics): string[] {
  // Widths in points, each character a whole number of twips (advancePt).
  const gapPt = AUTOSPACE_EM * m.sizePt;
  const width: Width = (s, after = '') => {
    let w = 0;
    let before = after;
    for (const ch of s) {
      w += advancePt(ch, m.sizePt, m.scale) + (before && autospaceBetween(before, ch) ? gapPt : 0);
      before += ch;
    }
    return w;
  };
  const em = (m.sizePt * m.scale) / 100;
  const base = m.widthPt - (m.leftIndentPt ?? 0) - (m.rightIndentPt ?? 0);
  const capacityOf = (first: boolean) => Math.max(em, base - (first ? m.firstIndentPt ?? 0 : 0)) + 1e-6;
  const hang = m.hang !== false;
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let capacity = capacityOf(true);
  let hung = false; // the last line ended with hanging punctuation: no empty line follows it
  const newLine = () => {
    lines.push(line.replace(/ +$/, ''));
    line = '';
    used = 0;
    capacity = capacityOf(false);
  };
  for (const tok of tokens(text, width)) {
    if (tok.space && used === 0) continue; // a space at a line start is swallowed
    hung = false;
    // The token's width where it stands: autospace at its junction with the line so far.
    const t = used > 0 && !tok.newline ? { ...tok, width: width(tok.text, line) } : tok;
    if (t.newline) {
      newLine();
      continue;
    }
    if (used + t.width <= capacity || t.space) {
      line += t.text;
      used += t.width;
      continue;
    }
    const last = [...t.text].at(-1)!;
    if (hang && HANGING.has(last) && used + t.width - width(last) <= capacity) {
      line += t.text;
      newLine();
      hung = true;
      continue;
    }
    if (used > 0) newLine();
    // A token wider than a whole line (a long Latin string) is broken by characters.
    let rest = t.text;
    while (width(rest) > capacity) {
      let take = '';
      for (const ch of rest) {
        if (width(take + ch) > capacity) break;
        take += ch;
      }
      if (!take) take = [...rest][0]!;
      line = take;
      rest = rest.slice(take.length);
      newLine();
    }
    line = rest;
    used = width(rest);
  }
  if (!hung) lines.push(line.replace(/ +$/, ''));
  return lines;
}

/** How many lines a paragraph takes. */
export function estimateLines(text: string, m: LineMetrics): number {
  return breakLines(text, m).length;
}
