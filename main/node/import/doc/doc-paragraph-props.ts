import type { DocBytes } from './doc-bytes';
import { FkpRuns } from './doc-fkp-runs';
import type { FcLcb } from './doc-fib';
import { readListSprm, sprms, type ListSprms } from './doc-sprms';

/** What a paragraph's direct properties say of its place in a table. */
export interface ParagraphProps {
  /** sprmPFInTable: the paragraph is in a table cell. */
  inTable: boolean;
  /** sprmPFTtp: the paragraph is a row's end mark. */
  rowEnd: boolean;
  /** sprmPItap: table depth (1 for a top-level table; 0 outside tables). */
  depth: number;
  /** In a nested table (depth > 1): the paragraph ends a cell (sprmPFInnerTableCell) or a row (sprmPFInnerTtp). */
  innerCellEnd: boolean;
  innerRowEnd: boolean;
  /** On a row's end mark: how each cell of the row merges with the one above (TC80.vertMerge, sprmTVertMerge). */
  merges: CellMerge[];
  /** The paragraph's style (istd) and its direct list instance (sprmPIlfo, 1-based; 0 none) and level. */
  istd: number;
  ilfo: number | null;
  ilvl: number | null;
}

/** A cell's vertical merge: the first of merged cells, one merged into the cell above, or none. */
export type CellMerge = 'restart' | 'continue' | null;

const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_F_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_T_VERT_MERGE = 0xd62b;
const SPRM_P_F_INNER_TABLE_CELL = 0x244b;
const SPRM_P_F_INNER_TTP = 0x244c;
const NONE: ParagraphProps = { inTable: false, rowEnd: false, depth: 0, innerCellEnd: false, innerRowEnd: false, merges: [], istd: 0, ilfo: null, ilvl: null };

/** vertMerge ([MS-DOC] 2.9.331 TCGRF): 0 none, 3 the first cell of a merge, 1 (or 2) merged into the one above. */
function mergeOf(flags: number): CellMerge {
  return flags === 0 ? null : flags === 3 ? 'restart' : 'continue';
}

/** The cells' vertical merges from a TDefTableOperand at `at`: its count, cell edges, then a TC80 a cell. */
function defTableMerges(page: DocBytes, at: number, merges: CellMerge[]): void {
  const cb = page.u16(at);
  const cells = page.u8(at + 2);
  const tcs = at + 3 + (cells + 1) * 2;
  // TC80s may be fewer than the cells (the rest take the default): as many as the operand holds.
  const count = Math.min(cells, Math.max(0, Math.floor((at + 2 + cb - 1 - tcs) / 20)));
  for (let i = 0; i < count; i++) merges[i] = mergeOf((page.u16(tcs + i * 20) >> 5) & 3);
}

/** The properties of a PapxInFkp at `at` in a page ([MS-DOC] 2.9.175): a count, the style, the sprms. */
function papxProps(page: DocBytes, at: number): ParagraphProps {
  const cb = page.u8(at);
  const start = cb ? at + 1 : at + 2;
  const size = cb ? 2 * cb - 1 : 2 * page.u8(at + 1);
  // GrpPrlAndIstd: a 2-byte style index, then the sprms.
  let inTable = false;
  let rowEnd = false;
  let depth = 0;
  const merges: CellMerge[] = [];
  const list: ListSprms = { ilfo: null, ilvl: null };
  let innerCellEnd = false;
  let innerRowEnd = false;
  for (const s of sprms(page, start + 2, size - 2)) {
    if (s.code === SPRM_P_F_INNER_TABLE_CELL) innerCellEnd = page.u8(s.operand) !== 0;
    else if (s.code === SPRM_P_F_INNER_TTP) innerRowEnd = page.u8(s.operand) !== 0;
    else if (readListSprm(page, s, list)) continue;
    else if (s.code === SPRM_P_F_IN_TABLE) inTable = page.u8(s.operand) !== 0;
    else if (s.code === SPRM_P_F_TTP) rowEnd = page.u8(s.operand) !== 0;
    else if (s.code === SPRM_P_ITAP) depth = page.u32(s.operand);
    else if (s.code === SPRM_T_DEF_TABLE) defTableMerges(page, s.operand, merges);
    // VerticalMergeOperand: a size byte (2), the cell's index, its vertMerge.
    else if (s.code === SPRM_T_VERT_MERGE) merges[page.u8(s.operand + 1)] = mergeOf(page.u8(s.operand + 2));
  }
  if (inTable && depth === 0) depth = 1;
  return { inTable: inTable || depth > 0, rowEnd, depth, innerCellEnd, innerRowEnd, merges, istd: page.u16(start), ilfo: list.ilfo, ilvl: list.ilvl };
}

/**
 * Paragraph properties by stream offset, from the PAPX pages (PlcBtePapx → PapxFkp, [MS-DOC] 2.9.176): each
 * page lists runs of the stream, one a paragraph, with the paragraph's direct properties: what places it in a
 * table, its style and its list.
 */
export function docParagraphProps(word: DocBytes, table: DocBytes, plc: FcLcb): FkpRuns<ParagraphProps> {
  return new FkpRuns(word, table, plc, (page, i, crun) => {
    // BxPap: a one-byte word offset of the run's PAPX (0: no direct properties), then a 12-byte PHE.
    const bOffset = page.u8((crun + 1) * 4 + i * 13);
    return bOffset ? papxProps(page, bOffset * 2) : NONE;
  }, NONE);
}
