import type { DocBytes } from './doc-bytes';
import { FkpRuns } from './doc-fkp-runs';
import type { FcLcb } from './doc-fib';
import { sprms } from './doc-sprms';

const SPRM_C_ICO = 0x2a42;
const SPRM_C_CV = 0x6870;
/** Word 97's palette ([MS-DOC] 2.9.119 Ico): 6 is red, 13 dark red. */
const RED_ICO = new Set([6, 13]);

/** A COLORREF of red's family: strong red, little green or blue (FF0000, E60012, C00000). */
export function isRedRgb(r: number, g: number, b: number): boolean {
  return r >= 0xb0 && g <= 0x50 && b <= 0x50;
}

/**
 * Which characters are set red directly, from the CHPX pages (sprmCIco, or sprmCCv's COLORREF, which Word
 * writes beside it and which wins): GB/T 9704 sets the 发文机关标志 red, so a paragraph all in red at the top
 * is the 标志 even when it lacks "文件".
 */
export function docRedRuns(word: DocBytes, table: DocBytes, plc: FcLcb): FkpRuns<boolean> {
  return new FkpRuns(word, table, plc, (page, i, crun) => {
    const at = page.u8((crun + 1) * 4 + i) * 2;
    let red: boolean | null = null;
    if (at) {
      for (const s of sprms(page, at + 1, page.u8(at))) {
        if (s.code === SPRM_C_ICO && red === null) red = RED_ICO.has(page.u8(s.operand));
        // fAuto (the fourth byte) set: the automatic colour, not red.
        else if (s.code === SPRM_C_CV) red = page.u8(s.operand + 3) === 0 && isRedRgb(page.u8(s.operand), page.u8(s.operand + 1), page.u8(s.operand + 2));
      }
    }
    return red || null;
  }, false);
}
