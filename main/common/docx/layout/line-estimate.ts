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
  return codeEm(ch.codePointAt(0) ?? 0);
}

function codeEm(c: number): number {
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

// Tokens: what may not be split (one 汉字, one Latin word, a space, a newline), with closing marks glued to what
// precedes them and opening marks to what follows (kinsoku). An export of 300 measures breaks ~60,000 characters
// (110,000 with the 任务分解表) and only counts the lines: tokens are ranges of the text in reused typed arrays,
// not an object and a string each. A token is a range [start, end) of the text, or its own string when the
// marks it glues were not next to each other (an opening mark, a space, then a word). The kinsoku sets and
// the widths are BMP, so a UTF-16 code unit stands for its code point in every test (an astral character is
// in no set and 1 字 wide).
const WORD = 0;
const SPACE = 1;
const NEWLINE = 2;
const SPACE_EM = ASCII_EM[0]!;

class Tokens {
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  width = new Float64Array(256);
  kind = new Uint8Array(256);
  /** The token's text where it is not the range start..end of the paragraph. */
  own: Array<string | undefined> = [];

  push(kind: number, start: number, end: number, width: number, own?: string): void {
    if (this.n === this.kind.length) this.grow();
    const k = this.n++;
    this.kind[k] = kind;
    this.start[k] = start;
    this.end[k] = end;
    this.width[k] = width;
    this.own[k] = own;
  }

  text(source: string, k: number): string {
    return this.own[k] ?? source.slice(this.start[k], this.end[k]);
  }

  /** The last UTF-16 code unit of token k. */
  lastCode(source: string, k: number): number {
    const own = this.own[k];
    return own === undefined ? source.charCodeAt(this.end[k]! - 1) : own.charCodeAt(own.length - 1);
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const width = new Float64Array(size);
    const kind = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    width.set(this.width);
    kind.set(this.kind);
    Object.assign(this, { start, end, width, kind });
  }
}

/** Reused by every call (line breaking is synchronous and does not re-enter). */
const TOKENS = new Tokens();

/** A Latin letter, digit or ASCII mark (U+0021–U+007E): runs of them are one unbreakable word. */
const isAsciiWordCode = (c: number) => c > 0x20 && c < 0x7f;

/** The kinsoku-glued tokens of a paragraph, into TOKENS. */
function tokenize(text: string): Tokens {
  const tk = TOKENS;
  tk.n = 0;
  tk.own.length = 0;
  // Opening marks waiting for the token they belong to: a range, or their own text once not contiguous.
  let openStart = -1;
  let openEnd = -1;
  let openWidth = 0;
  let openOwn: string | undefined;
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x20) {
      if (c === 0x0a) tk.push(NEWLINE, i, i, 0);
      else tk.push(SPACE, i, i + 1, SPACE_EM);
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
    const prev = tk.n - 1;
    if (openStart < 0 && MARKS[c]! & NO_START && prev >= 0 && tk.kind[prev] === WORD) {
      // prev ends where this token starts (nothing is waiting in `open`): extend it.
      const own = tk.own[prev];
      if (own === undefined) tk.end[prev] = j;
      else tk.own[prev] = own + text.slice(i, j);
      tk.width[prev] += width;
    } else if (allNoEnd(text, i, j)) {
      if (openStart < 0) {
        openStart = i;
      } else if (openOwn !== undefined || openEnd !== i) {
        openOwn = (openOwn ?? text.slice(openStart, openEnd)) + text.slice(i, j);
      }
      openEnd = j;
      openWidth += width;
    } else if (openStart >= 0) {
      const contiguous = openOwn === undefined && openEnd === i;
      tk.push(WORD, openStart, j, openWidth + width, contiguous ? undefined : (openOwn ?? text.slice(openStart, openEnd)) + text.slice(i, j));
      openStart = -1;
      openOwn = undefined;
      openWidth = 0;
    } else {
      tk.push(WORD, i, j, width);
    }
    i = j;
  }
  if (openStart >= 0) tk.push(WORD, openStart, openEnd, openWidth, openOwn);
  return tk;
}

function allNoEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(MARKS[text.charCodeAt(k)]! & NO_END)) return false;
  return true;
}

/**
 * Walks a paragraph's lines: calls `line` with each line's text (trailing spaces dropped) when given, and
 * returns how many there are.
 */
function walkLines(text: string, m: LineMetrics, line?: (text: string) => void): number {
  const em = (m.sizePt * m.scale) / 100;
  const base = m.widthPt - (m.leftIndentPt ?? 0) - (m.rightIndentPt ?? 0);
  const capacityOf = (first: boolean) => Math.max(1, (base - (first ? m.firstIndentPt ?? 0 : 0)) / em) + 1e-6;
  const hang = m.hang !== false;
  const tk = tokenize(text);
  let count = 0;
  let current = ''; // the line's text, only when `line` wants it
  let used = 0;
  let capacity = capacityOf(true);
  let hung = false; // the last line ended with hanging punctuation: no empty line follows it
  const newLine = () => {
    count++;
    if (line) line(current.replace(/ +$/, ''));
    current = '';
    used = 0;
    capacity = capacityOf(false);
  };
  for (let k = 0; k < tk.n; k++) {
    const kind = tk.kind[k]!;
    const width = tk.width[k]!;
    if (kind === SPACE && used === 0) continue; // a space at a line start is swallowed
    hung = false;
    if (kind === NEWLINE) {
      newLine();
      continue;
    }
    if (used + width <= capacity || kind === SPACE) {
      if (line) current += tk.text(text, k);
      used += width;
      continue;
    }
    const last = tk.lastCode(text, k);
    if (hang && MARKS[last]! & HANGING && used + width - codeEm(last) <= capacity) {
      if (line) current += tk.text(text, k);
      newLine();
      hung = true;
      continue;
    }
    if (used > 0) newLine();
    // A token wider than a whole line (a long Latin string) is broken by characters.
    let rest = tk.text(text, k);
    while (textEm(rest) > capacity) {
      let take = '';
      for (const ch of rest) {
        if (textEm(take + ch) > capacity) break;
        take += ch;
      }
      if (!take) take = [...rest][0]!;
      current = take;
      rest = rest.slice(take.length);
      newLine();
    }
    current = rest;
    used = textEm(rest);
  }
  if (!hung) {
    count++;
    if (line) line(current.replace(/ +$/, ''));
  }
  return count;
}

/** The lines a paragraph breaks into, as text (trailing spaces dropped). */
export function breakLines(text: string, m: LineMetrics): string[] {
  const lines: string[] = [];
  walkLines(text, m, (l) => lines.push(l));
  return lines;
}

/** How many lines a paragraph takes (breakLines(…).length without building the lines). */
export function estimateLines(text: string, m: LineMetrics): number {
  return walkLines(text, m);
}
