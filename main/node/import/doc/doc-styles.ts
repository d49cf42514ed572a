import type { DocBytes } from './doc-bytes';
import type { FcLcb } from './doc-fib';
import { readListSprm, sprms, type ListSprms } from './doc-sprms';

const STK_PARAGRAPH = 1;
const NO_BASE = 0x0fff;

/** What a paragraph style says of lists: its list instance and level, and the style it is based on. */
interface StyleList extends ListSprms {
  base: number;
}

/**
 * The paragraph styles' list numbering, from the style sheet (STSH, [MS-DOC] 2.9.271): a heading style
 * linked to a list (标题 1 numbered 一、) numbers every paragraph of that style without a direct sprmPIlfo.
 */
export class DocStyles {
  private readonly styles = new Map<number, StyleList>();

  constructor(table: DocBytes, stshf: FcLcb) {
    if (stshf.lcb < 4) return;
    const cbStshi = table.u16(stshf.fc);
    const cstd = table.u16(stshf.fc + 2);
    const cbBase = table.u16(stshf.fc + 4);
    const end = stshf.fc + stshf.lcb;
    let at = stshf.fc + 2 + cbStshi;
    for (let istd = 0; istd < cstd && at + 2 <= end; istd++) {
      const cbStd = table.u16(at);
      if (cbStd >= cbBase + 2) this.readStd(table, istd, at + 2, cbBase);
      at += 2 + cbStd;
    }
  }

  private readStd(table: DocBytes, istd: number, std: number, cbBase: number): void {
    const kind = table.u16(std + 2);
    if ((kind & 0x0f) !== STK_PARAGRAPH) return;
    // The name (an Xstz: a count, UTF-16 characters, a terminating 0), then the paragraph properties (UpxPapx).
    const name = std + cbBase;
    const upx = name + 2 + table.u16(name) * 2 + 2;
    const cbUpx = table.u16(upx);
    const style: StyleList = { base: kind >> 4, ilfo: null, ilvl: null };
    // UpxPapx: the style's own istd, then its sprms.
    if (cbUpx >= 2) {
      for (const s of sprms(table, upx + 4, cbUpx - 2)) readListSprm(table, s, style);
    }
    this.styles.set(istd, style);
  }

  /** The list a style numbers its paragraphs in, through the styles it is based on (a few hops; a cycle ends). */
  list(istd: number): { ilfo: number; ilvl: number } | null {
    let ilfo: number | null = null;
    let ilvl: number | null = null;
    let id = istd;
    for (let hop = 0; hop < 10 && id !== NO_BASE; hop++) {
      const s = this.styles.get(id);
      if (!s) break;
      ilfo ??= s.ilfo;
      ilvl ??= s.ilvl;
      id = s.base;
    }
    return ilfo ? { ilfo, ilvl: ilvl ?? 0 } : null;
  }
}
