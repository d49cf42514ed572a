import type { DocBytes } from '../doc/doc-bytes';
import { numberText } from '../xlsx/xlsx-number-formats';
import type { MergedRange, SheetCells } from '../xlsx/xlsx-sheet-cells';
import { biffRecords, rkNumber, RT } from './biff-records';
import { unicodeString } from './biff-strings';
import { checkBof, type XlsGlobals } from './xls-globals';

/** Cells by row while reading: a sheet's records need not come in row order. */
type Rows = Map<number, Map<number, string>>;
/** Columns of each row whose cell (empty or not) draws a border. */
type Framed = Map<number, Set<number>>;

function frame(framed: Framed, g: XlsGlobals, row: number, col: number, xf: number): void {
  if (!g.bordered[xf]) return;
  let cols = framed.get(row);
  if (!cols) framed.set(row, (cols = new Set()));
  cols.add(col);
}

function put(rows: Rows, row: number, col: number, text: string): void {
  const t = text.trim();
  if (!t) return;
  let cells = rows.get(row);
  if (!cells) rows.set(row, (cells = new Map()));
  cells.set(col, t);
}

/** Records of one cell whose XF (at byte 4) may frame it; MULRK and MULBLANK frame several. */
const CELLS = new Set<number>([RT.LABELSST, RT.LABEL, RT.RSTRING, RT.NUMBER, RT.RK, RT.FORMULA, RT.BOOLERR, RT.BLANK]);

/** A FORMULA record's cached value ([MS-XLS] 2.5.133 FormulaValue): a number, or a string in the STRING record after it. */
function formulaValue(s: DocBytes, at: number, next: { type: number; at: number; size: number } | undefined): string | null {
  if (s.u16(at + 12) !== 0xffff) return null;
  const kind = s.u8(at + 6);
  if (kind === 0) return next?.type === RT.STRING ? unicodeString(s.slice(next.at, next.size), 0, 2) : '';
  if (kind === 1) return s.u8(at + 8) ? 'TRUE' : 'FALSE';
  return '';
}

/**
 * A worksheet substream ([MS-XLS] 2.1.7.20.5) → its cells as the .xlsx reader gives them: text, a number shown
 * by its XF's format, a formula's cached value, merged ranges. Rows past `maxRows` call `onTooMany`.
 */
export function readXlsSheetCells(s: DocBytes, offset: number, g: XlsGlobals, maxRows: number, onTooMany: () => never): SheetCells {
  checkBof(s, offset);
  const rows: Rows = new Map();
  const framed: Framed = new Map();
  const merges: MergedRange[] = [];
  const shown = (raw: number, xf: number) => numberText(String(raw), g.shapes[xf] ?? { kind: 'number' }, g.date1904);
  const records = [...biffRecords(s, offset)].slice(1);
  records.forEach((r, i) => {
    const row = () => s.u16(r.at);
    const col = () => s.u16(r.at + 2);
    if (CELLS.has(r.type)) frame(framed, g, row(), col(), s.u16(r.at + 4));
    switch (r.type) {
      case RT.LABELSST: put(rows, row(), col(), g.shared[s.u32(r.at + 6)] ?? ''); break;
      case RT.LABEL: case RT.RSTRING: put(rows, row(), col(), unicodeString(s.slice(r.at, r.size), 6, 2)); break;
      case RT.NUMBER: put(rows, row(), col(), shown(new DataView(s.slice(r.at + 6, 8).slice().buffer).getFloat64(0, true), s.u16(r.at + 4))); break;
      case RT.RK: put(rows, row(), col(), shown(rkNumber(s.u32(r.at + 6)), s.u16(r.at + 4))); break;
      case RT.MULRK: {
        const count = (r.size - 6) / 6;
        for (let k = 0; k < count; k++) {
          frame(framed, g, row(), col() + k, s.u16(r.at + 4 + k * 6));
          put(rows, row(), col() + k, shown(rkNumber(s.u32(r.at + 6 + k * 6)), s.u16(r.at + 4 + k * 6)));
        }
        break;
      }
      case RT.MULBLANK: {
        for (let k = 0; k < (r.size - 6) / 2; k++) frame(framed, g, row(), col() + k, s.u16(r.at + 4 + k * 2));
        break;
      }
      case RT.FORMULA: {
        const v = formulaValue(s, r.at, records[i + 1]);
        put(rows, row(), col(), v ?? shown(new DataView(s.slice(r.at + 6, 8).slice().buffer).getFloat64(0, true), s.u16(r.at + 4)));
        break;
      }
      case RT.BOOLERR: put(rows, row(), col(), s.u8(r.at + 7) ? '#ERROR' : s.u8(r.at + 6) ? 'TRUE' : 'FALSE'); break;
      case RT.MERGEDCELLS: {
        const n = s.u16(r.at);
        for (let k = 0; k < n; k++) {
          const at = r.at + 2 + k * 8;
          merges.push({ top: s.u16(at), bottom: s.u16(at + 2), left: s.u16(at + 4), right: s.u16(at + 6) });
        }
        break;
      }
    }
    if (rows.size > maxRows) onTooMany();
  });
  return {
    rows: [...rows].sort((a, b) => a[0] - b[0]).map(([row, cells]) => (framed.has(row) ? { row, cells, framed: framed.get(row)! } : { row, cells })),
    merges,
  };
}
