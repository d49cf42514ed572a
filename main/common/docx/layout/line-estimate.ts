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
const NO_START_MARKS = '，。、；：？！）》」』】〕〗〉”’·.,;:?!)]}＂％＇），．：；？！］｝～';
const NO_END_MARKS = '《（“‘「『【〔〖〈([{＄（［｛￡￥';
const HANGING_MARKS = '，。、；：？！.,';
// The same sets as flags per UTF-16 code unit (all the marks are BMP): the tokenizer tests codes, not strings.
const NO_START = 1;
const NO_END = 2;
const HANGING = 4;
const MARKS = new Uint8Array(0x10000);
for (const [marks, flag] of [[NO_START_MARKS, NO_START], [NO_END_MARKS, NO_END], [HANGING_MARKS, HANGING]] as const) {
  for (let i = 0; i < marks.length; i++) MARKS[marks.charCodeAt(i)]! |= flag;
}

/** Advance of one character in 字 (em) units. */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return 0;
  if (c < 0x7f) return ASCII_EM[c - 0x20]!;
  return 1;
}

/** Total advance of a string in 字. */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

interface Token { text: string; width: number; space: boolean; newline: boolean }

const NEWLINE: Token = { text: '', width: 0, space: false, newline: true };
const SPACE_EM = ASCII_EM[0]!;

/** A Latin letter, digit or ASCII mark (U+0021–U+007E): runs of them are one unbreakable word. */
const isAsciiWordCode = (c: number) => c > 0x20 && c < 0x7f;

/**
 * Glue closing marks to what precedes them and opening marks to what follows (kinsoku), over the break
 * opportunities: one 汉字 (one code point), one Latin word, a space, a newline. One pass over UTF-16 code
 * units, no string per character: an export of 300 measures breaks ~60,000 characters (110,000 with the
 * 任务分解表), and this is where its page layout spent its time. The kinsoku sets and widths are BMP, so a
 * code unit stands for its code point in every test below (an astral character is in no set and 1 字 wide).
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let open = ''; // opening marks waiting for the token they belong to
  let openWidth = 0;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      out.push({ ...NEWLINE });
      i++;
      continue;
    }
    if (c === 0x20) {
      out.push({ text: ' ', width: SPACE_EM, space: true, newline: false });
      i++;
      continue;
    }
    // The raw token: a Latin word, or one code point.
    let j = i + 1;
    let width: number;
    if (isAsciiWordCode(c)) {
      width = ASCII_EM[c - 0x20]!;
      for (; j < n && isAsciiWordCode(text.charCodeAt(j)); j++) width += ASCII_EM[text.charCodeAt(j) - 0x20]!;
    } else {
      if (c >= 0xd800 && c <= 0xdbff && j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
      width = c < 0x20 ? 0 : 1;
    }
    const t = text.slice(i, j);
    i = j;
    const prev = out[out.length - 1];
    if (!open && MARKS[c]! & NO_START && prev && !prev.space && !prev.newline) {
      prev.text += t;
      prev.width += width;
    } else if (allNoEnd(t)) {
      open += t;
      openWidth += width;
    } else if (open) {
      out.push({ text: open + t, width: openWidth + width, space: false, newline: false });
      open = '';
      openWidth = 0;
    } else {
      out.push({ text: t, width, space: false, newline: false });
    }
  }
  if (open) out.push({ text: open, width: openWidth, space: false, newline: false });
  return out;
}

function allNoEnd(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (!(MARKS[t.charCodeAt(k)]! & NO_END)) return false;
  return true;
}

/** The lines a paragraph breaks into, as text (trailing spaces dropped). */
export function breakLines(text: string, m: LineMetrics): string[] {
  const em = (m.sizePt * m.scale) / 100;
  const base = m.widthPt - (m.leftIndentPt ?? 0) - (m.rightIndentPt ?? 0);
  const capacityOf = (first: boolean) => Math.max(1, (base - (first ? m.firstIndentPt ?? 0 : 0)) / em) + 1e-6;
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
  for (const t of tokens(text)) {
    if (t.space && used === 0) continue; // a space at a line start is swallowed
    hung = false;
    if (t.newline) {
      newLine();
      continue;
    }
    if (used + t.width <= capacity || t.space) {
      line += t.text;
      used += t.width;
      continue;
    }
    const last = t.text[t.text.length - 1]!; // BMP marks only: see tokens()
    if (hang && MARKS[last.charCodeAt(0)]! & HANGING && used + t.width - charEm(last) <= capacity) {
      line += t.text;
      newLine();
      hung = true;
      continue;
    }
    if (used > 0) newLine();
    // A token wider than a whole line (a long Latin string) is broken by characters.
    let rest = t.text;
    while (textEm(rest) > capacity) {
      let take = '';
      for (const ch of rest) {
        if (textEm(take + ch) > capacity) break;
        take += ch;
      }
      if (!take) take = [...rest][0]!;
      line = take;
      rest = rest.slice(take.length);
      newLine();
    }
    line = rest;
    used = textEm(rest);
  }
  if (!hung) lines.push(line.replace(/ +$/, ''));
  return lines;
}

/** How many lines a paragraph takes. */
export function estimateLines(text: string, m: LineMetrics): number {
  return breakLines(text, m).length;
}
