import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './traditional-chars';

let table: Map<string, string> | null = null;
let codes: Uint16Array | null = null;

function foldTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    const t = [...TRADITIONAL_CHARS];
    const s = [...SIMPLIFIED_CHARS];
    t.forEach((c, i) => table!.set(c, s[i]!));
  }
  return table;
}

/** Code unit → folded code unit over the BMP (all the characters folded are in it): one array read per character. */
function codeTable(): Uint16Array {
  if (!codes) {
    codes = new Uint16Array(0x10000);
    for (let i = 0; i < codes.length; i++) codes[i] = i;
    for (const [t, s] of foldTable()) codes[t.charCodeAt(0)] = s.charCodeAt(0);
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
      const c = text.charCodeAt(i);
      buf[i - start] = map[extra ? extra(c) : c]!;
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
      if (map[code] === code) continue;
      const c = text[i]!;
      count++;
      if (sample.size < 8) sample.add(c);
    }
    return { count, sample: [...sample] };
  },
};
