/** One run of pasted text; `label` marks Word's list number (a generated label, not typed text). */
export interface PastedRun {
  text: string;
  bold: boolean;
  label?: true;
}

/** One pasted paragraph (from clipboard HTML or a line of plain text). */
export interface PastedParagraph {
  runs: PastedRun[];
}

/** A pasted paragraph as one line: whitespace collapsed and trimmed, with a bold flag per character. */
export interface FlatParagraph {
  text: string;
  bold: boolean[];
}

/**
 * A numbering label the recognizer can read: a digit, a circled number, a Chinese numeral. Any other
 * one-character list label is a bullet, whatever its glyph: Word writes a Symbol/Wingdings bullet as
 * the letter the font draws it with (Wingdings "l" is ●, "n" ■, "q" ❑, "v" ❖, "Ø" ➢, "ü" ✓, Symbol "·",
 * Courier New "o" for the second level), so a list of them cannot be complete.
 */
const NUMBERING_GLYPH = /[0-9０-９\u2460-\u24ff\u2776-\u2793\u3220-\u3229\u3280-\u3289一二三四五六七八九十]/;

function isBullet(label: string): boolean {
  const glyphs = [...label.replace(/[\s\u00a0\ue000]+/g, '')];
  return glyphs.length === 1 && !NUMBERING_GLYPH.test(glyphs[0]!);
}
const SPACE = /[\s\u00a0\u3000]/;

/**
 * Where Word or WPS wrapped its HTML source inside a run of text (a line break in a text node). Word
 * wraps Western text at a space, which the break then stands for ("Georgia Font\nand"), and Chinese
 * text anywhere, where it stands for nothing ("集团委托的第三方向本表中\n列出"). The reader marks the
 * break and `flattenParagraph` decides from the characters on either side.
 */
export const SOURCE_BREAK = '\ue000';
/**
 * Latin letters and digits: Word wraps between two of them only at a space. After punctuation a break
 * may stand for nothing (WPS was seen wrapping after a hyphen: "font-\nfamily"), so it is read as nothing.
 */
const WESTERN = /[0-9A-Za-z\u00c0-\u024f]/;

/**
 * Runs → one line. Word's list label is kept when it is a numbering the recognizer reads (1. （一）) and
 * dropped when it is a bullet glyph (Symbol/Wingdings: ·, l, Ø, §).
 */
export function flattenParagraph(p: PastedParagraph): FlatParagraph {
  let text = '';
  const bold: boolean[] = [];
  let pendingSpace = false;
  let pendingBreak = false;
  for (const run of p.runs) {
    const t = run.label && isBullet(run.text) ? '' : run.text;
    for (const ch of t) {
      if (ch === SOURCE_BREAK) {
        pendingBreak = text.length > 0;
        continue;
      }
      if (SPACE.test(ch)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingBreak && WESTERN.test(text[text.length - 1]!) && WESTERN.test(ch)) pendingSpace = true;
      pendingBreak = false;
      if (pendingSpace) {
        text += ' ';
        bold.push(false);
        pendingSpace = false;
      }
      text += ch;
      for (let i = 0; i < ch.length; i++) bold.push(run.bold);
    }
  }
  return { text, bold };
}

/** Plain text: one paragraph per line. */
export function plainTextParagraphs(text: string): PastedParagraph[] {
  return text.split(/\r?\n/).filter((l) => l.trim().length > 0).map((l) => ({ runs: [{ text: l, bold: false }] }));
}
