import type { Flow } from './build-context';

/**
 * Twips used on the last page by a run of flows that starts on a new page, simulating exact-line
 * layout: a line goes to the next page when it does not fit; keep-with-next headings move with the
 * first line of what follows. null when the run holds something of unknown height (a table).
 */
export function lastPageUsed(flows: readonly Flow[], capacity: number): number | null {
  let used = 0;
  for (let i = 0; i < flows.length; i++) {
    const f = flows[i]!;
    if (f.height === null) return null;
    if (f.pageBreakBefore && i > 0) used = 0;
    const line = f.line ?? f.height;
    if (f.keepNext && used > 0) {
      const next = flows[i + 1];
      const nextLine = next && next.height !== null ? (next.line ?? next.height) : 0;
      if (used + f.height + nextLine > capacity) used = 0;
    }
    const lines = Math.max(1, Math.round(f.height / line));
    const extra = f.height - lines * line; // borders and their space travel with the last line
    for (let l = 0; l < lines; l++) {
      const h = line + (l === lines - 1 ? extra : 0);
      if (used + h > capacity && used > 0) used = 0;
      used += h;
    }
  }
  return used;
}
