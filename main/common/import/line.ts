import { halfWidth } from './normalize-text';
import { Traditional } from './traditional';

/**
 * One source line. `text` is as written; `m` is a copy for matching only (half-width ASCII, simplified
 * characters), one character for one, so an index found in `m` applies to `text`.
 */
export interface Line {
  text: string;
  m: string;
  /** The bold run a .docx paragraph starts with (a run-in title), when known. */
  bold?: string;
}

export function fold(text: string): string {
  return Traditional.fold(halfWidth(text));
}

export function makeLine(text: string, bold?: string): Line {
  return bold ? { text, m: fold(text), bold } : { text, m: fold(text) };
}

/** A line made of a slice of another keeps the alignment of text and m. */
export function sliceLine(line: Line, start: number, end?: number): Line {
  return { text: line.text.slice(start, end), m: line.m.slice(start, end) };
}
