import { DocBytes } from './doc-bytes';
import type { FcLcb } from './doc-fib';

interface Run<T> {
  fcStart: number;
  fcEnd: number;
  value: T;
}

/**
 * Runs of the WordDocument stream with their properties, from a PlcBte and its 512-byte pages ([MS-DOC] 2.8.5,
 * 2.8.6: the CHPX and PAPX pages). Each page lists its runs (crun in its last byte, then crun + 1 offsets);
 * `read` gives the value of run `i` of a page (null: none). A page named many times is read once; lookups
 * are a binary search.
 */
export class FkpRuns<T> {
  private readonly runs: Array<Run<T>> = [];

  constructor(word: DocBytes, table: DocBytes, plc: FcLcb, read: (page: DocBytes, i: number, crun: number) => T | null, private readonly none: T) {
    if (plc.lcb < 12 || (plc.lcb - 4) % 8 !== 0) return;
    const n = (plc.lcb - 4) / 8;
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const pn = table.u32(plc.fc + (n + 1) * 4 + i * 4) & 0x3fffff;
      if (seen.has(pn)) continue;
      seen.add(pn);
      const page = new DocBytes(word.slice(pn * 512, 512), `property page ${pn}`);
      const crun = page.u8(511);
      for (let r = 0; r < crun; r++) {
        const value = read(page, r, crun);
        if (value !== null) this.runs.push({ fcStart: page.u32(r * 4), fcEnd: page.u32((r + 1) * 4), value });
      }
    }
    this.runs.sort((a, b) => a.fcStart - b.fcStart);
  }

  /** The value of the run holding stream offset `fc`. */
  at(fc: number): T {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.runs[mid]!;
      if (fc < r.fcStart) hi = mid - 1;
      else if (fc >= r.fcEnd) lo = mid + 1;
      else return r.value;
    }
    return this.none;
  }
}
