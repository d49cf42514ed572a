/**
 * How many lines a paragraph takes. Exact line spacing and (nearly) fixed-width CJK glyphs make this
 * predictable: every full-width character advances one 字, Latin/digits in Times New Roman about half.
 * Used only to place the 版记 at the bottom of the last page.
 */
export interface LineMetrics {
  /** Line width in points. */
  widthPt: number;
  /** Font size in points and horizontal scale (percent). */
  sizePt: number;
  scale: number;
  /** First-line indent and hanging/left indent, in points. */
  firstIndentPt?: number;
  leftIndentPt?: number;
}

// Characters that may not start a line (GB/T 15834 practice; LO and Word both apply kinsoku).
const NO_LINE_START = new Set('，。、；：？！）》」』】〕”’…—·%,.;:?!)]}'.split(''));

/** Advance of one character in 字 (em) units. */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x20) return 0;
  if (c === 0x20) return 0.25;
  if (c < 0x7f) {
    if (/[A-Z%@MW]/.test(ch)) return 0.72;
    if (/[il.,;:!'|]/.test(ch)) return 0.28;
    return 0.5;
  }
  return 1;
}

export function estimateLines(text: string, m: LineMetrics): number {
  if (text.length === 0) return 1;
  const em = (m.sizePt * m.scale) / 100;
  const left = m.leftIndentPt ?? 0;
  let capacity = (m.widthPt - left - (m.firstIndentPt ?? 0)) / em;
  let lines = 1;
  let used = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n') {
      lines++;
      used = 0;
      capacity = (m.widthPt - left) / em;
      continue;
    }
    const w = charEm(ch);
    if (used + w <= capacity + 1e-6) {
      used += w;
      continue;
    }
    // Overflow: a closing punctuation mark pulls the previous character down with it (kinsoku).
    lines++;
    capacity = (m.widthPt - left) / em;
    used = w + (NO_LINE_START.has(ch) && i > 0 ? charEm(chars[i - 1]!) : 0);
  }
  return lines;
}
