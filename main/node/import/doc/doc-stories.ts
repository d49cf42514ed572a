import type { DocBytes } from './doc-bytes';
import type { Fib } from './doc-fib';
import { sprms } from './doc-sprms';

/** A run of the document's characters read as a text of its own: a header, a text box. */
export interface Story {
  from: number;
  to: number;
}

const SPRM_S_F_TITLE_PAGE = 0x300a;
/** PlcfHdd: six separator stories, then six a section (even/odd header, even/odd footer, first header/footer). */
const ODD_HEADER = 6 + 1;
const FIRST_HEADER = 6 + 4;

/** Does the first section show a different first page (首页不同, sprmSFTitlePage in its SEPX)? */
function firstSectionHasTitlePage(word: DocBytes, table: DocBytes, fib: Fib): boolean {
  if (fib.plcfSed.lcb < 16) return false;
  const n = (fib.plcfSed.lcb - 4) / 16;
  // PlcfSed: n + 1 CPs, then a 12-byte Sed a section; its fcSepx (at 2) points into the WordDocument stream.
  const fcSepx = table.u32(fib.plcfSed.fc + (n + 1) * 4 + 2);
  if (fcSepx === 0xffffffff || fcSepx + 2 > word.length) return false;
  for (const s of sprms(word, fcSepx + 2, word.u16(fcSepx))) if (s.code === SPRM_S_F_TITLE_PAGE) return word.u8(s.operand) !== 0;
  return false;
}

/**
 * The header the first page shows ([MS-DOC] 2.9.89 PlcfHdd): the first section's first-page header when it has
 * 首页不同, else its odd (default) header; null when that story is empty.
 */
export function firstPageHeader(word: DocBytes, table: DocBytes, fib: Fib): Story | null {
  const count = Math.floor(fib.plcfHdd.lcb / 4);
  const index = firstSectionHasTitlePage(word, table, fib) ? FIRST_HEADER : ODD_HEADER;
  if (index + 1 >= count) return null;
  const from = table.u32(fib.plcfHdd.fc + index * 4);
  const to = table.u32(fib.plcfHdd.fc + (index + 1) * 4);
  return to > from ? { from: fib.headersAt + from, to: fib.headersAt + to } : null;
}

/**
 * Text boxes of the main text, each with the position of its anchor ([MS-DOC] PlcfTxbxTxt with FTXBXS, PlcSpaMom
 * with FSPA): a box's story is matched to its shape by the shape id (FTXBXS.lid = FSPA.spid).
 */
export function textBoxes(table: DocBytes, fib: Fib): Map<number, Story[]> {
  const anchors = new Map<number, number>();
  const spa = fib.plcSpaMom;
  if (spa.lcb >= 4 + 30) {
    const n = (spa.lcb - 4) / 30;
    for (let i = 0; i < n; i++) anchors.set(table.u32(spa.fc + (n + 1) * 4 + i * 26) | 0, table.u32(spa.fc + i * 4));
  }
  const boxes = new Map<number, Story[]>();
  const txt = fib.plcftxbxTxt;
  if (txt.lcb < 4 + 26) return boxes;
  const n = (txt.lcb - 4) / 26;
  for (let i = 0; i < n; i++) {
    const ftxbxs = txt.fc + (n + 1) * 4 + i * 22;
    // A reusable FTXBXS holds no story; the last one is a placeholder after the stories.
    if (table.u16(ftxbxs + 8) !== 0) continue;
    const anchor = anchors.get(table.u32(ftxbxs + 14) | 0);
    const from = table.u32(txt.fc + i * 4);
    const to = table.u32(txt.fc + (i + 1) * 4);
    if (anchor === undefined || to <= from) continue;
    const list = boxes.get(anchor) ?? [];
    list.push({ from: fib.textBoxesAt + from, to: fib.textBoxesAt + to });
    boxes.set(anchor, list);
  }
  return boxes;
}
