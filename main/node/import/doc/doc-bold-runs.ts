import { DocBytes } from './doc-bytes';
import type { FcLcb } from './doc-fib';
import { sprms } from './doc-sprms';

const SPRM_C_F_BOLD = 0x0835;

interface Run {
  fcStart: number;
  fcEnd: number;
  bold: boolean;
}

/**
 * Which characters are set bold directly, from the CHPX pages (PlcBteChpx → ChpxFkp, [MS-DOC] 2.8.5 and
 * 2.9.34): a bold run at a paragraph's start is its run-in title ("（一）加强组织领导。"). sprmCFBold's
 * operand is 1 (bold), 0 (not), or 0x80 / 0x81 (as the style / the opposite of the style): the styles of
 * a plan's body text are not bold, so 0x81 counts as bold.
 */
export class DocBoldRuns {
  private readonly runs: Run[] = [];

  constructor(word: DocBytes, table: DocBytes, plc: FcLcb) {
    if (plc.lcb < 12 || (plc.lcb - 4) % 8 !== 0) return;
    const n = (plc.lcb - 4) / 8;
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const pn = table.u32(plc.fc + (n + 1) * 4 + i * 4) & 0x3fffff;
      if (seen.has(pn)) continue;
      seen.add(pn);
      this.readPage(new DocBytes(word.slice(pn * 512, 512), `CHPX page ${pn}`));
    }
    this.runs.sort((a, b) => a.fcStart - b.fcStart);
  }

  private readPage(page: DocBytes): void {
    const crun = page.u8(511);
    for (let i = 0; i < crun; i++) {
      // rgb: a one-byte word offset of the run's Chpx (0: no direct properties); a Chpx is a count and its sprms.
      const at = page.u8((crun + 1) * 4 + i) * 2;
      let bold = false;
      if (at) for (const s of sprms(page, at + 1, page.u8(at))) if (s.code === SPRM_C_F_BOLD) bold = page.u8(s.operand) === 1 || page.u8(s.operand) === 0x81;
      if (bold) this.runs.push({ fcStart: page.u32(i * 4), fcEnd: page.u32((i + 1) * 4), bold });
    }
  }

  /** Is the character at stream offset `fc` set bold? */
  at(fc: number): boolean {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.runs[mid]!;
      if (fc < r.fcStart) hi = mid - 1;
      else if (fc >= r.fcEnd) lo = mid + 1;
      else return r.bold;
    }
    return false;
  }
}
