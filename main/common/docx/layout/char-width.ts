import { PINYIN_LATIN1, isAmbiguousCode } from '../ambiguous-runs';

/**
 * How wide characters render in the exported document: every 汉字 and full-width mark advances one 字;
 * Latin letters and digits advance their Times New Roman width (Liberation Serif, the preview font, is
 * metric-compatible); and LibreOffice adds space where Asian and Latin script meet (2025年, 率95%).
 * · “ ” ‘ ’ — … × and the other characters of ambiguous-runs.ts are written in the Chinese face in every
 * rFonts slot, so Word and LibreOffice both draw them there: one 字, wherever they stand (measured in
 * LibreOffice 7.4: "一·一·一", "3·5·7", "3.15”一", "a’一", "3×一", "①3" are each 1 字 per such character,
 * issue #12). Before, LibreOffice drew · and a quote after an ASCII character in Times (0.333/0.444 em).
 */

/** Times New Roman advance widths in em for U+0020–U+007E (from Liberation Serif's hmtx, metric-compatible). */
export const ASCII_EM = [
  0.25, 0.333, 0.408, 0.5, 0.5, 0.833, 0.778, 0.18, 0.333, 0.333, 0.5, 0.564, 0.25, 0.333, 0.25, 0.278,
  0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.278, 0.278, 0.564, 0.564, 0.564, 0.444,
  0.921, 0.722, 0.667, 0.667, 0.722, 0.611, 0.556, 0.722, 0.722, 0.333, 0.389, 0.722, 0.611, 0.889, 0.722, 0.722,
  0.556, 0.722, 0.667, 0.556, 0.611, 0.722, 0.722, 0.944, 0.722, 0.722, 0.611, 0.333, 0.278, 0.333, 0.469, 0.5,
  0.333, 0.444, 0.5, 0.444, 0.5, 0.444, 0.333, 0.5, 0.5, 0.278, 0.278, 0.5, 0.278, 0.778, 0.5, 0.5,
  0.5, 0.5, 0.333, 0.389, 0.278, 0.5, 0.5, 0.722, 0.5, 0.5, 0.444, 0.48, 0.2, 0.48, 0.541,
];

/**
 * Times New Roman advance widths in em for the Latin-1 letters U+00C0–U+00FF (Liberation Serif's hmtx). The
 * pinyin twelve (à á è é ê ì í ò ó ù ú ü) and × ÷ are not read from here: they are set in the Chinese face
 * (ambiguous-runs.ts), one 字.
 */
const LATIN1_EM = [
  0.722, 0.722, 0.722, 0.722, 0.722, 0.722, 0.889, 0.667, 0.611, 0.611, 0.611, 0.611, 0.333, 0.333, 0.333, 0.333,
  0.722, 0.722, 0.722, 0.722, 0.722, 0.722, 0.722, 0.564, 0.722, 0.722, 0.722, 0.722, 0.722, 0.722, 0.556, 0.5,
  0.444, 0.444, 0.444, 0.444, 0.444, 0.444, 0.667, 0.444, 0.444, 0.444, 0.444, 0.444, 0.278, 0.278, 0.278, 0.278,
  0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.549, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,
];

const PINYIN = new Set(PINYIN_LATIN1);

/** A Latin-1 letter Word and LibreOffice both set in Times: À–ÿ but × ÷ and the pinyin twelve. */
function isTimesLatin1Letter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7 && !PINYIN.has(c);
}

/** Advance of one character in 字 (em) units. */
export function charEm(ch: string): number {
  return codeEm(ch.codePointAt(0) ?? 0);
}

/**
 * Advance of a code point (or a BMP code unit) in 字: ASCII and the Latin-1 letters other than pinyin in
 * Times (ä ñ ç À: Word gives them hAnsi, LibreOffice the Latin face — measured, "一ñ…一" as wide as
 * "一u…一"); everything else one 字 — 汉字, full-width marks, and the ambiguous characters (pinyin é ü
 * among them), which the GB2312 faces (仿宋_GB2312, 黑体, 宋体) set full width. The render tests' Fandol faces
 * are narrower for a few of them (° § – α А: 0.33–0.74 em; à é ü: 0.44–0.56 em), which no seed uses.
 */
export function codeEm(c: number): number {
  if (c < 0x20) return 0;
  if (c < 0x7f) return ASCII_EM[c - 0x20]!;
  if (isTimesLatin1Letter(c)) return LATIN1_EM[c - 0xc0]!;
  return 1;
}

/** Total advance of a string in 字 (no autospace). */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += charEm(ch);
  return w;
}

/**
 * Advance of one character in points at a size and horizontal scale, as the renderers lay it out: a
 * whole number of twips, rounded down. LibreOffice positions glyphs in twips; a 98 % 三号 字 is
 * 313.6 twips on paper but advances 313, so a line of 28 字 and an ASCII comma (28 × 313 + 78 = 8842)
 * still fits the 8844-twip 版心 — rendered, where unrounded widths put it 0.8 pt over (issue #12).
 */
export function advancePt(ch: string, sizePt: number, scale: number): number {
  return codeAdvancePt(ch.codePointAt(0) ?? 0, sizePt, scale);
}

export function codeAdvancePt(c: number, sizePt: number, scale: number): number {
  return emAdvancePt(codeEm(c), sizePt, scale);
}

/** An advance of `em` 字 in points, whole twips rounded down (as advancePt). */
export function emAdvancePt(em: number, sizePt: number, scale: number): number {
  return Math.floor(em * sizePt * scale / 5 + 1e-6) / 20;
}

/**
 * LibreOffice puts extra space where Asian and Latin script meet (2025年, 率95%): its DOCX import
 * ignores w:autoSpaceDE/DN (writerfilter drops both), so the space is there whatever the .docx says.
 * Only a 汉字 directly next to a Latin letter or digit is spaced: none across a space ("中心 3 个") or ASCII
 * punctuation ("纲要(2014—2020年)》,实施《天水市人" is one line), measured (issue #12); %, full-width and
 * general punctuation are spaced from neither side (PUNCT). 0.2 of the font size was the best fit over the seeds'
 * renders (first line of every page: 0 → 237/312, 0.2 → 283/312, 0.25 → 268/312); with PUNCT and the ASCII
 * hanging marks of line-estimate.ts, over the 20 documents of tests/render/pdf-render: 0.15 → 431/486,
 * 0.2 → 460/486, 0.25 → 423/486 (before both: 370/486).
 */
export const AUTOSPACE_EM = 0.2;

/** Scripts for autospace, as small numbers so the line breaker keeps them in typed arrays. */
export const WEAK = 0;
export const LATIN = 1;
export const ASIAN = 2;
/**
 * Full-width punctuation (、。，《》) and the ambiguous characters in their Chinese-face runs (· “ ” — … × ±
 * → ①): strong (it ends a Latin run) but spaced from neither side. Measured in LibreOffice 7.4: "率100%、一"
 * has space only between 率 and 1; "2011—2020", "3·5", "3.15”一", "3×一", "①3" none (issue #12).
 */
export const PUNCT = 3;

/**
 * The script of a code unit: Latin letters and digits are Latin, the Latin-1 letters too; other ASCII is weak
 * except % (PUNCT, as CJK punctuation); full-width punctuation and the ambiguous characters PUNCT, except
 * Greek and Cyrillic letters and the pinyin letters, which LibreOffice spaces from 汉字 as Latin even in the
 * Chinese face ("一α3", "3Б一", "一é一é", "一一ü…ü一一", measured); the rest Asian.
 */
export function scriptOfCode(c: number): number {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return LATIN;
  if (c === 0x25) return PUNCT;
  if (c < 0x7f) return WEAK;
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return LATIN;
  if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) return PUNCT;
  if (isAmbiguousCode(c)) return isLetterBlock(c) ? LATIN : PUNCT;
  return ASIAN;
}

/** Latin Extended-A/B, IPA, Greek, Cyrillic, Latin Extended Additional: letters LibreOffice spaces from 汉字. */
function isLetterBlock(c: number): boolean {
  return (c >= 0x100 && c <= 0x2af) || (c >= 0x370 && c <= 0x4ff) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Autospace between the scripts of two adjacent characters: only Latin against Asian (WEAK: none). */
export function autospaced(before: number, current: number): boolean {
  return (before === LATIN && current === ASIAN) || (before === ASIAN && current === LATIN);
}

/** Autospace before `ch` when the text before it ends with `before` (scripts resolved). */
export function autospaceBetween(before: string, ch: string): boolean {
  let prev = WEAK;
  for (let i = 0; i < before.length; i++) {
    const s = scriptOfCode(before.charCodeAt(i));
    prev = s;
  }
  return autospaced(prev, scriptOfCode(ch.charCodeAt(0)));
}

/** Width of a string in 字 as rendered: advances plus LibreOffice's autospace where scripts meet (2025年). */
export function renderedEm(text: string): number {
  let w = 0;
  let prev = WEAK;
  for (const ch of text) {
    const s = scriptOfCode(ch.charCodeAt(0));
    w += charEm(ch) + (autospaced(prev, s) ? AUTOSPACE_EM : 0);
    prev = s;
  }
  return w;
}

/** Width in points of a string set at a size and scale: whole-twip advances plus autospace. */
export function renderedPt(text: string, sizePt: number, scale: number): number {
  let w = 0;
  let prev = WEAK;
  for (const ch of text) {
    const s = scriptOfCode(ch.charCodeAt(0));
    w += codeAdvancePt(ch.codePointAt(0) ?? 0, sizePt, scale) + (autospaced(prev, s) ? AUTOSPACE_EM * sizePt : 0);
    prev = s;
  }
  return w;
}
