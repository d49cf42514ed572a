import { DocBytes, DocFormatError } from './doc-bytes';

/** An (offset, length) pair of the FIB pointing into the table stream. */
export interface FcLcb {
  fc: number;
  lcb: number;
}

/** What the importer needs of a .doc's File Information Block ([MS-DOC] 2.5.1). */
export interface Fib {
  /** The table stream holding the piece table and property pages: "1Table" or "0Table" (fWhichTblStm). */
  tableStream: '0Table' | '1Table';
  encrypted: boolean;
  /** Characters of the main document; the footnotes, headers, comments, endnotes and text boxes follow them. */
  ccpText: number;
  /** Where the headers' and the text boxes' stories start, in the document's character positions. */
  headersAt: number;
  textBoxesAt: number;
  clx: FcLcb;
  plcfBtePapx: FcLcb;
  plcfBteChpx: FcLcb;
  /** The style sheet (STSH) and the list definitions (PlfLst) and instances (PlfLfo); lcb 0 when absent. */
  stshf: FcLcb;
  plfLst: FcLcb;
  plfLfo: FcLcb;
  /** Section descriptors, header stories, shape anchors of the main text, text box stories. */
  plcfSed: FcLcb;
  plcfHdd: FcLcb;
  plcSpaMom: FcLcb;
  plcftxbxTxt: FcLcb;
}

/** Word 97 and later write nFib ≥ 0x00C1; Word 6 and 95 wrote another layout. */
const NFIB_WORD97 = 0x00c1;
/** FibRgFcLcb97 ([MS-DOC] 2.5.6): index of each pair we read. */
const PLCF_BTE_CHPX = 12;
const PLCF_BTE_PAPX = 13;
const CLX = 33;
const STSHF = 1;
const PLCF_SED = 6;
const PLCF_HDD = 11;
const PLC_SPA_MOM = 40;
const PLCF_TXBX_TXT = 56;
const PLF_LST = 73;
const PLF_LFO = 74;

/** Reads the FIB at the start of the WordDocument stream; throws DocFormatError on a layout we cannot read. */
export function readFib(word: DocBytes): Fib {
  if (word.u16(0) !== 0xa5ec) throw new DocFormatError('WordDocument does not start with the FIB identifier 0xA5EC');
  const nFib = word.u16(2);
  if (nFib < NFIB_WORD97) throw new OldWordError(`nFib ${nFib.toString(16)} is older than Word 97`);
  const flags = word.u16(0x0a);
  // FibBase is 32 bytes; then csw, FibRgW97 (csw × 2 bytes), cslw, FibRgLw97 (cslw × 4), cbRgFcLcb, FibRgFcLcb.
  const csw = word.u16(0x20);
  const rgLw = 0x22 + csw * 2 + 2;
  const cslw = word.u16(rgLw - 2);
  if (cslw < 4) throw new DocFormatError(`FibRgLw97 has ${cslw} fields, fewer than ccpText needs`);
  // FibRgLw97: ccpText, ccpFtn, ccpHdd, (ccpMcr, unused), ccpAtn, ccpEdn, ccpTxbx at 3, 4, 5, 6, 7, 8, 9.
  const ccp = (i: number) => (i < cslw ? word.u32(rgLw + i * 4) : 0);
  const ccpText = ccp(3);
  const headersAt = ccpText + ccp(4);
  const textBoxesAt = headersAt + ccp(5) + ccp(6) + ccp(7) + ccp(8);
  const rgFcLcb = rgLw + cslw * 4 + 2;
  const cbRgFcLcb = word.u16(rgFcLcb - 2);
  if (cbRgFcLcb <= CLX) throw new DocFormatError(`FibRgFcLcb has ${cbRgFcLcb} pairs, fewer than the piece table needs`);
  // A pair past the FIB's end (a writer that stopped early) is absent.
  const pair = (i: number): FcLcb => (i < cbRgFcLcb ? { fc: word.u32(rgFcLcb + i * 8), lcb: word.u32(rgFcLcb + i * 8 + 4) } : { fc: 0, lcb: 0 });
  return {
    tableStream: flags & 0x0200 ? '1Table' : '0Table',
    // fEncrypted, or fObfuscated (XOR): the streams after the FIB are not plain.
    encrypted: (flags & 0x0100) !== 0,
    ccpText,
    headersAt,
    textBoxesAt,
    clx: pair(CLX),
    plcfBtePapx: pair(PLCF_BTE_PAPX),
    plcfBteChpx: pair(PLCF_BTE_CHPX),
    stshf: pair(STSHF),
    plfLst: pair(PLF_LST),
    plfLfo: pair(PLF_LFO),
    plcfSed: pair(PLCF_SED),
    plcfHdd: pair(PLCF_HDD),
    plcSpaMom: pair(PLC_SPA_MOM),
    plcftxbxTxt: pair(PLCF_TXBX_TXT),
  };
}

/** A Word 6 / Word 95 file: another FIB layout, not read. */
export class OldWordError extends DocFormatError {}
