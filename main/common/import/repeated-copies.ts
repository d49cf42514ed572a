import type { Line } from './line';

/**
 * A text that holds the same document several times over (a page saved with its print copy, a paste
 * repeated by mistake): the lines repeat with a period p from the first line. Returns the first copy
 * and how many whole copies were found (1: not repeated). Linear in the text, no recursion.
 */
export function firstCopy(lines: readonly Line[]): { lines: readonly Line[]; copies: number } {
  const n = lines.length;
  if (n < 4) return { lines, copies: 1 };
  const first = lines[0]!.m;
  const p = lines.findIndex((l, i) => i > 0 && l.m === first);
  if (p <= 0 || p * 2 > n) return { lines, copies: 1 };
  for (let i = p; i < n; i++) if (lines[i]!.m !== lines[i - p]!.m) return { lines, copies: 1 };
  return { lines: lines.slice(0, p), copies: Math.floor(n / p) };
}

/** Attachments past this number are not imported (a plan has a few; hundreds mean a broken text). */
export const MAX_ATTACHMENTS = 50;
