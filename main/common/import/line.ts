import { foldCodes } from './traditional';

/**
 * One source line. `text` is as written; `m` is a copy for matching only (half-width ASCII, simplified
 * characters), one character for one, so an index found in `m` applies to `text`.
 */
export interface Line {
  text: string;
  m: string;
  /** The bold run a .docx paragraph starts with (a run-in title), when known. */
  bold?: string;
  /** The last line of a paragraph Word numbered with its list (a .doc's or .docx's): a paragraph's true end. */
  listEnd?: true;
  /** Set all in red in a .doc or .docx: a 发文机关标志 is red (GB/T 9704), whatever its words. */
  red?: true;
  /** The last line of a spreadsheet row: the row ends there, the next row is never its continuation. */
  whole?: true;
  /**
   * Joined back from a copy's lines that broke paragraphs run together at this width (`rejoinRewrapped`):
   * whole, and proof of the copy's width for the lines around it.
   */
  rewrapped?: number;
}

/** Full-width ASCII → half-width, ideographic space → space. */
function halfWidthCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 0x20 : c;
}

export function fold(text: string): string {
  return foldCodes(text, halfWidthCode);
}

export function makeLine(text: string, bold?: string): Line {
  return bold ? { text, m: fold(text), bold } : { text, m: fold(text) };
}

/** A line made of a slice of another keeps the alignment of text and m. */
export function sliceLine(line: Line, start: number, end?: number): Line {
  return { text: line.text.slice(start, end), m: line.m.slice(start, end) };
}
