import type { DocBytes } from './doc-bytes';

/** One property modifier of a grpprl: its code and where its operand starts. */
export interface Sprm {
  code: number;
  operand: number;
}

const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;

/** Bytes of a sprm's operand by its spra ([MS-DOC] 2.2.5.1), or null when the operand says its own size. */
const FIXED_SIZE = [1, 1, 2, 4, 2, 2, null, 3] as const;

/** Size of the operand at `at` of a variable-sized sprm (spra 6). */
function variableSize(bytes: DocBytes, code: number, at: number): number {
  // sprmTDefTable: a 2-byte count of the bytes after it, plus one.
  if (code === SPRM_T_DEF_TABLE) return 2 + bytes.u16(at) - 1;
  // sprmPChgTabs: a count of 255 means the operand is a PChgTabsOperand of two tab lists.
  if (code === SPRM_P_CHG_TABS && bytes.u8(at) === 255) {
    const del = bytes.u8(at + 1);
    const add = bytes.u8(at + 2 + del * 4);
    return 1 + 1 + del * 4 + 1 + add * 3;
  }
  return 1 + bytes.u8(at);
}

/** The sprms of a grpprl of `size` bytes at `at`; a sprm running past the end ends the list. */
export function* sprms(bytes: DocBytes, at: number, size: number): Generator<Sprm> {
  const end = at + size;
  while (at + 2 <= end) {
    const code = bytes.u16(at);
    const fixed = FIXED_SIZE[code >> 13]!;
    const operand = at + 2;
    const len = fixed ?? variableSize(bytes, code, operand);
    if (operand + len > end) return;
    yield { code, operand };
    at = operand + len;
  }
}

/** A paragraph's list: its list instance (sprmPIlfo, 1-based; 0 none; negative: numbered in Word 6, no longer) and level. */
export interface ListSprms {
  ilfo: number | null;
  ilvl: number | null;
}

const SPRM_P_ILFO = 0x460b;
const SPRM_P_ILVL = 0x260a;

/** Reads a list sprm of a paragraph or a paragraph style into `list`; false when `s` is another sprm. */
export function readListSprm(bytes: DocBytes, s: Sprm, list: ListSprms): boolean {
  if (s.code === SPRM_P_ILFO) list.ilfo = bytes.u16(s.operand) << 16 >> 16;
  else if (s.code === SPRM_P_ILVL) list.ilvl = bytes.u8(s.operand);
  else return false;
  return true;
}
