import { AUTOSPACE_EM, WEAK, autospaced, codeAdvancePt, renderedPt, scriptOfCode } from './char-width';

/**
 * How a paragraph breaks into lines. Exact line spacing and fixed-width CJK glyphs make this
 * predictable, which is what lets the exporter know where pages end (the 版记 must land on an even
 * page, GB/T 9704 7.4.1 + 6.2). The rules below were measured in LibreOffice 7.4 renders
 * (tests/render/line-breaking.test.ts) and are the ones Word and WPS apply by default:
 * - widths as char-width.ts says (whole-twip advances, autospace where Asian and Latin meet);
 * - a run of Latin letters/digits without spaces ("2025", "95%", "GB/T") never breaks;
 * - closing marks never start a line and opening marks never end one: they travel with their neighbour;
 * - hanging punctuation (Word/WPS default "允许标点溢出边界"): ，。、；：？！ and ASCII . , : ; ? ! may hang past
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

// Kinsoku sets for Simplified Chinese, as LibreOffice applies them (measured: … — % may start a line).
const NO_START_MARKS = '，。、；：？！）》」』】〕〗〉”’·.,;:?!)]}＂％＇），．：；？！］｝～';
const NO_END_MARKS = '《（“‘「『【〔〖〈([{＄（［｛￡￥';
// ASCII : ; ? ! hang like . , (measured in LibreOffice 7.4: "条件:" ends a full line); ) does not.
const HANGING_MARKS = '，。、；：？！.,:;?!';
// The same sets as flags per UTF-16 code unit (all the marks are BMP): the tokenizer tests codes, not strings.
const NO_START = 1;
const NO_END = 2;
const HANGING = 4;
const MARKS = new Uint8Array(0x10000);
for (const [marks, flag] of [[NO_START_MARKS, NO_START], [NO_END_MARKS, NO_END], [HANGING_MARKS, HANGING]] as const) {
  for (let i = 0; i < marks.length; i++) MARKS[marks.charCodeAt(i)]! |= flag;
}

/**
 * Point widths at one size and scale: ASCII by code, everything else one 字 (whole twips, char-width.ts).
 * Kept for the last size asked: an export breaks thousands of paragraphs at a handful of sizes.
 */
class Advances {
  ascii = new Float64Array(0x7f);
  wide = 0;
  gap = 0;
  private key = '';

  at(sizePt: number, scale: number): this {
    const key = `${sizePt}/${scale}`;
    if (key === this.key) return this;
    this.key = key;
    for (let c = 0; c < 0x7f; c++) this.ascii[c] = codeAdvancePt(c, sizePt, scale);
    this.wide = codeAdvancePt(0x4e00, sizePt, scale);
    this.gap = AUTOSPACE_EM * sizePt;
    return this;
  }
}
const ADVANCES = new Advances();

// Tokens: what may not be split (one 汉字, one Latin word, a space, a newline), with closing marks glued to what
// precedes them and opening marks to what follows (kinsoku). An export of 300 measures breaks ~60,000 characters
// (110,000 with the 任务分解表) and only counts the lines: tokens are ranges of the text in reused typed arrays,
// not an object and a string each. A token is a range [start, end) of the text, or its own string when the
// marks it glues were not next to each other (an opening mark, a space, then a word). The kinsoku sets and
// the widths are BMP, so a UTF-16 code unit stands for its code point in every test (an astral character is
// in no set and 1 字 wide). Each token keeps its width with the autospace inside it, and the scripts of its
// first and last characters: the autospace where it meets the line is added when it is placed.
const WORD = 0;
const SPACE = 1;
const NEWLINE = 2;

class Tokens {
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  width = new Float64Array(256);
  kind = new Uint8Array(256);
  first = new Uint8Array(256);
  last = new Uint8Array(256);
  /** The token's text where it is not the range start..end of the paragraph. */
  own: Array<string | undefined> = [];

  push(kind: number, start: number, end: number, run: Run, own?: string): void {
    if (this.n === this.kind.length) this.grow();
    const k = this.n++;
    this.kind[k] = kind;
    this.start[k] = start;
    this.end[k] = end;
    this.width[k] = run.width;
    this.first[k] = run.first;
    this.last[k] = run.last;
    this.own[k] = own;
  }

  /** Appends a run to token k (a closing mark glued to it). */
  extend(k: number, run: Run, gap: number): void {
    this.width[k] += run.width + (autospaced(this.last[k]!, run.first) ? gap : 0);
    this.last[k] = run.last;
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
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.start = grown(this.start, Int32Array);
    this.end = grown(this.end, Int32Array);
    this.width = grown(this.width, Float64Array);
    this.kind = grown(this.kind, Uint8Array);
    this.first = grown(this.first, Uint8Array);
    this.last = grown(this.last, Uint8Array);
  }
}

/** Reused by every call (line breaking is synchronous and does not re-enter). */
const TOKENS = new Tokens();

/** A width with the scripts of its first and last characters (char-width.ts: WEAK for ASCII marks and spaces). */
interface Run { width: number; first: number; last: number }

/** a followed by b, into a. */
function concat(a: Run, b: Run, gap: number): void {
  a.width += b.width + (autospaced(a.last, b.first) ? gap : 0);
  a.last = b.last;
}

/** A Latin letter, digit or ASCII mark (U+0021–U+007E): runs of them are one unbreakable word. */
const isAsciiWordCode = (c: number) => c > 0x20 && c < 0x7f;

/** The raw token at i (a Latin word, or one code point): its end, into `run` its width and scripts. */
function rawToken(text: string, i: number, adv: Advances, run: Run): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (isAsciiWordCode(c)) {
    // Inside an ASCII word only Latin and weak characters meet: no autospace.
    let width = adv.ascii[c]!;
    const first = scriptOfCode(c);
    let last = first;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (!isAsciiWordCode(d)) break;
      width += adv.ascii[d]!;
      const s = scriptOfCode(d);
      last = s;
    }
    run.width = width;
    run.first = first;
    run.last = last;
    return j;
  }
  if (c >= 0xd800 && c <= 0xdbff && j < n) {
    const d = text.charCodeAt(j);
    if (d >= 0xdc00 && d <= 0xdfff) j++;
  }
  // Every non-ASCII character is one 字 (char-width.ts: · and quotes too, in their Chinese-face runs).
  run.width = c < 0x20 ? 0 : adv.wide;
  run.first = scriptOfCode(c);
  run.last = run.first;
  return j;
}

function allNoEnd(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!(MARKS[text.charCodeAt(k)]! & NO_END)) return false;
  return true;
}

/** The kinsoku-glued tokens of a paragraph, into TOKENS. */
function tokenize(text: string, adv: Advances): Tokens {
  const tk = TOKENS;
  tk.n = 0;
  tk.own.length = 0;
  // Opening marks waiting for the token they belong to: a range, or their own text once not contiguous.
  let openStart = -1;
  let openEnd = -1;
  let openOwn: string | undefined;
  const open: Run = { width: 0, first: WEAK, last: WEAK };
  const run: Run = { width: 0, first: WEAK, last: WEAK };
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x20) {
      if (c === 0x0a) tk.push(NEWLINE, i, i, { width: 0, first: WEAK, last: WEAK });
      else tk.push(SPACE, i, i + 1, { width: adv.ascii[0x20]!, first: WEAK, last: WEAK });
      i++;
      continue;
    }
    const j = rawToken(text, i, adv, run);
    const prev = tk.n - 1;
    if (openStart < 0 && MARKS[c]! & NO_START && prev >= 0 && tk.kind[prev] === WORD) {
      // prev ends where this token starts (nothing is waiting in `open`): extend it.
      const own = tk.own[prev];
      if (own === undefined) tk.end[prev] = j;
      else tk.own[prev] = own + text.slice(i, j);
      tk.extend(prev, run, adv.gap);
    } else if (allNoEnd(text, i, j)) {
      if (openStart < 0) {
        openStart = i;
        Object.assign(open, run);
      } else {
        if (openOwn !== undefined || openEnd !== i) openOwn = (openOwn ?? text.slice(openStart, openEnd)) + text.slice(i, j);
        concat(open, run, adv.gap);
      }
      openEnd = j;
    } else if (openStart >= 0) {
      const contiguous = openOwn === undefined && openEnd === i;
      concat(open, run, adv.gap);
      tk.push(WORD, openStart, j, open, contiguous ? undefined : (openOwn ?? text.slice(openStart, openEnd)) + text.slice(i, j));
      openStart = -1;
      openOwn = undefined;
    } else {
      tk.push(WORD, i, j, run);
    }
    i = j;
  }
  if (openStart >= 0) tk.push(WORD, openStart, openEnd, open, openOwn);
  return tk;
}

/**
 * Walks a paragraph's lines: calls `line` with each line's text (trailing spaces dropped) when given, and
 * returns how many there are. Widths in points.
 */
function walkLines(text: string, m: LineMetrics, line?: (text: string) => void): number {
  const adv = ADVANCES.at(m.sizePt, m.scale);
  const em = (m.sizePt * m.scale) / 100;
  const base = m.widthPt - (m.leftIndentPt ?? 0) - (m.rightIndentPt ?? 0);
  const capacityOf = (first: boolean) => Math.max(em, base - (first ? m.firstIndentPt ?? 0 : 0)) + 1e-6;
  const hang = m.hang !== false;
  const widthOf = (s: string) => renderedPt(s, m.sizePt, m.scale);
  const tk = tokenize(text, adv);
  let count = 0;
  let current = ''; // the line's text, only when `line` wants it
  let used = 0;
  let script = WEAK; // the script of the line's last character (autospace at the next token's start)
  let capacity = capacityOf(true);
  let hung = false; // the last line ended with hanging punctuation: no empty line follows it
  const newLine = () => {
    count++;
    if (line) line(current.replace(/ +$/, ''));
    current = '';
    used = 0;
    script = WEAK;
    capacity = capacityOf(false);
  };
  const place = (k: number, width: number) => {
    if (line) current += tk.text(text, k);
    used += width;
    // No autospace across a space ("中心 3 个" fits where "中心3个" would not: measured in LibreOffice 7.4).
    script = tk.last[k]!;
  };
  for (let k = 0; k < tk.n; k++) {
    const kind = tk.kind[k]!;
    if (kind === SPACE && used === 0) continue; // a space at a line start is swallowed
    hung = false;
    if (kind === NEWLINE) {
      newLine();
      continue;
    }
    // The token's width where it stands: autospace at its junction with the line so far.
    const width = tk.width[k]! + (used > 0 && autospaced(script, tk.first[k]!) ? adv.gap : 0);
    if (used + width <= capacity || kind === SPACE) {
      place(k, width);
      continue;
    }
    const last = tk.lastCode(text, k);
    if (hang && MARKS[last]! & HANGING && used + width - codeAdvancePt(last, m.sizePt, m.scale) <= capacity) {
      place(k, width);
      newLine();
      hung = true;
      continue;
    }
    if (used > 0) newLine();
    // A token wider than a whole line (a long Latin string) is broken by characters.
    let rest = tk.text(text, k);
    while (widthOf(rest) > capacity) {
      let take = '';
      for (const ch of rest) {
        if (widthOf(take + ch) > capacity) break;
        take += ch;
      }
      if (!take) take = [...rest][0]!;
      current = take;
      rest = rest.slice(take.length);
      newLine();
    }
    current = rest;
    used = widthOf(rest);
    script = rest ? scriptOfCode(rest.charCodeAt(rest.length - 1)) : WEAK;
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
