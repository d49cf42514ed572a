import { attr, xmlTokens } from '../xml-tokens';
import { numberText, type NumberShape } from './xlsx-number-formats';
import { localName } from './xlsx-workbook';

/** A rectangle of merged cells (<mergeCell ref="A3:A5"/>), zero-based. */
export interface MergedRange { top: number; left: number; bottom: number; right: number }

/** A worksheet's non-empty cells by row (rows in sheet order), and its merged ranges. */
export interface SheetCells {
  /** `framed`: the columns of the row's cells drawn with a border, empty ones too (xlsx-cell-borders.ts). */
  rows: Array<{ row: number; cells: Map<number, string>; framed?: Set<number> }>;
  merges: MergedRange[];
}

export interface CellContext {
  shared: readonly string[];
  shapes: readonly NumberShape[];
  date1904: boolean;
  /** Whether each cell style draws a border; none known: no cell is framed. */
  bordered?: readonly boolean[];
}

/** Excel's last column, XFD (ECMA-376 18.3.1.4: 16,384 columns), and last row. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

/** "C12" → { row: 11, col: 2 }; null for a reference that is not one. */
export function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return col >= 1 && col <= MAX_COLUMN && row >= 1 && row <= MAX_ROW ? { row: row - 1, col: col - 1 } : null;
}

function mergedRange(ref: string | null): MergedRange | null {
  const [a, b] = (ref ?? '').split(':');
  const from = a ? cellRef(a) : null;
  const to = b ? cellRef(b) : from;
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** The cell being read: where it is, its type (t) and style (s), and the text of its <v> or <is>. */
interface OpenCell { col: number; type: string; style: number; value: string; inline: string }

/** What the sheet shows in a cell, by its type (ECMA-376 18.18.11 ST_CellType). */
function shown(c: OpenCell, ctx: CellContext): string {
  switch (c.type) {
    case 's': return ctx.shared[Number(c.value)] ?? '';
    case 'inlineStr': return c.inline;
    case 'str': case 'e': return c.value;
    case 'b': return c.value === '1' ? 'TRUE' : 'FALSE';
    default: return c.value === '' ? '' : numberText(c.value, ctx.shapes[c.style] ?? { kind: 'number' }, ctx.date1904);
  }
}

/**
 * A worksheet part → its cells. Rows and cells without a reference follow the one before (the r
 * attribute is optional); a formula cell shows its cached value; a cell that shows nothing is left out.
 * `maxRows` bounds the rows kept (the import's paragraph limit): past it, `onTooMany` is called.
 */
export function readSheetCells(xml: string, ctx: CellContext, maxRows: number, onTooMany: () => never): SheetCells {
  const out: SheetCells = { rows: [], merges: [] };
  let row = -1;
  let cells: Map<number, string> | null = null;
  let framed = new Set<number>();
  let cell: OpenCell | null = null;
  let col = -1;
  let into: 'value' | 'inline' | null = null;
  // Inside <rPh>: the reading of an inline string's East Asian text, not its text.
  let phonetic = false;
  for (const tok of xmlTokens(xml)) {
    if (tok.type === 'text') {
      if (cell && into) cell[into] += tok.text;
      continue;
    }
    const name = localName(tok.name);
    const opening = tok.type === 'open';
    if (name === 'row' && opening) {
      const r = Number(attr(tok.attrs, 'r'));
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : row + 1;
      col = -1;
      cells = new Map();
      framed = new Set();
      if (!tok.selfClosing) continue;
    }
    if (name === 'row') {
      if (cells && cells.size > 0) {
        if (out.rows.length >= maxRows) onTooMany();
        out.rows.push(framed.size ? { row, cells, framed } : { row, cells });
      }
      cells = null;
    } else if (name === 'c' && opening) {
      const at = cellRef(attr(tok.attrs, 'r') ?? '');
      col = at ? at.col : col + 1;
      cell = { col, type: attr(tok.attrs, 't') ?? 'n', style: Number(attr(tok.attrs, 's') ?? 0), value: '', inline: '' };
      if (ctx.bordered?.[cell.style]) framed.add(col);
      if (tok.selfClosing) cell = null;
    } else if (name === 'c') {
      const text = cell ? shown(cell, ctx).trim() : '';
      if (cell && cells && text) cells.set(cell.col, text);
      cell = null;
    } else if (name === 'v') {
      into = opening && !tok.selfClosing ? 'value' : null;
    } else if (name === 't' && cell) {
      into = opening && !tok.selfClosing && !phonetic ? 'inline' : null;
    } else if (name === 'rPh') {
      phonetic = opening && !tok.selfClosing;
    } else if (name === 'mergeCell' && opening) {
      const m = mergedRange(attr(tok.attrs, 'ref'));
      if (m) out.merges.push(m);
    }
  }
  return out;
}
