import type { DocBytes } from './doc-bytes';
import { FkpRuns } from './doc-fkp-runs';
import type { FcLcb } from './doc-fib';
import { sprms } from './doc-sprms';

const SPRM_C_F_BOLD = 0x0835;

/**
 * Which characters are set bold directly, from the CHPX pages (PlcBteChpx → ChpxFkp, [MS-DOC] 2.9.34): a bold
 * run at a paragraph's start is its run-in title ("（一）加强组织领导。"). sprmCFBold's operand is 1 (bold), 0
 * (not), or 0x80 / 0x81 (as the style / the opposite of the style): the styles of a plan's body text are not
 * bold, so 0x81 counts as bold.
 */
export function docBoldRuns(word: DocBytes, table: DocBytes, plc: FcLcb): FkpRuns<boolean> {
  return new FkpRuns(word, table, plc, (page, i, crun) => {
    // rgb: a one-byte word offset of the run's Chpx (0: no direct properties); a Chpx is a count and its sprms.
    const at = page.u8((crun + 1) * 4 + i) * 2;
    let bold = false;
    if (at) for (const s of sprms(page, at + 1, page.u8(at))) if (s.code === SPRM_C_F_BOLD) bold = page.u8(s.operand) === 1 || page.u8(s.operand) === 0x81;
    return bold || null;
  }, false);
}
