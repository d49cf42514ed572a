import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './traditional-chars';

let codes: Uint16Array | null = null;

/**
 * Code unit → its simplified code unit, 0 where it folds to itself: one array read per character. Every
 * character of the tables is in the BMP, one code unit each. Built on first use, without filling in the
 * identity (a 65,536-step loop was most of the first fold, ~10 ms of an open before the JIT warms up).
 */
function codeTable(): Uint16Array {
  if (!codes) {
    codes = new Uint16Array(0x10000);
    for (let i = 0; i < TRADITIONAL_CHARS.length; i++) codes[TRADITIONAL_CHARS.charCodeAt(i)] = SIMPLIFIED_CHARS.charCodeAt(i);
  }
  return codes;
}

const CHUNK = 8192;
let scratch: Uint16Array | null = null;

/**
 * Fold every code unit through `extra` (if given) and the traditional table; same length, fast on
 * megabytes (imports are capped at 20 MB).
 */
export function foldCodes(text: string, extra?: (code: number) => number): string {
  const map = codeTable();
  const out: string[] = [];
  const buf = (scratch ??= new Uint16Array(CHUNK));
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const c = extra ? extra(text.charCodeAt(i)) : text.charCodeAt(i);
      buf[i - start] = map[c] || c;
    }
    out.push(String.fromCharCode(...buf.subarray(0, end - start)));
  }
  return out.join('');
}

/**
 * Keyword matching and detection of traditional characters. The importer keeps text as written;
 * it folds a copy character by character (same length, so match positions apply to the original).
 */
export const Traditional = {
  /** 職責分工負責 → 职责分工负责, one character for one, so indices line up. */
  fold(text: string): string {
    return foldCodes(text);
  },
  /** How many characters are traditional-only, and the first few distinct ones (for the report). */
  scan(text: string): { count: number; sample: string[] } {
    const map = codeTable();
    let count = 0;
    const sample = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (map[code] === 0) continue;
      const c = text[i]!;
      count++;
      if (sample.size < 8) sample.add(c);
    }
    return { count, sample: [...sample] };
  },
};
