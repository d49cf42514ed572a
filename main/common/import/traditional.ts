import { SIMPLIFIED_CHARS, TRADITIONAL_CHARS } from './traditional-chars';

let table: Map<string, string> | null = null;

function foldTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    const t = [...TRADITIONAL_CHARS];
    const s = [...SIMPLIFIED_CHARS];
    t.forEach((c, i) => table!.set(c, s[i]!));
  }
  return table;
}

/**
 * Keyword matching and detection of traditional characters. The importer keeps text as written;
 * it folds a copy character by character (same length, so match positions apply to the original).
 */
export const Traditional = {
  /** 職責分工負責 → 职责分工负责, one character for one, so indices line up. */
  fold(text: string): string {
    const map = foldTable();
    let out = '';
    for (const c of text) out += map.get(c) ?? c;
    return out;
  },
  /** How many characters are traditional-only, and the first few distinct ones (for the report). */
  scan(text: string): { count: number; sample: string[] } {
    const map = foldTable();
    let count = 0;
    const sample = new Set<string>();
    for (const c of text) {
      if (!map.has(c)) continue;
      count++;
      if (sample.size < 8) sample.add(c);
    }
    return { count, sample: [...sample] };
  },
};
