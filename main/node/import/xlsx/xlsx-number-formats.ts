import { attr, xmlTokens } from '../xml-tokens';
import { localName } from './xlsx-workbook';

/** How a number cell is shown: as it is, as a date (to the day, month or year), or as a percentage. */
export type NumberShape = { kind: 'number' } | { kind: 'date'; parts: 'ymd' | 'ym' | 'md' | 'y' } | { kind: 'percent'; decimals: number };

const NUMBER: NumberShape = { kind: 'number' };

/**
 * Built-in formats (ECMA-376 18.8.30, and the zh-CN ids 27–36 and 50–58 Excel writes for 年月日 formats):
 * a deadline column of real dates carries one of these ids or a custom code, never the text "2025年6月".
 */
const BUILT_IN: Record<number, NumberShape> = {
  9: { kind: 'percent', decimals: 0 }, 10: { kind: 'percent', decimals: 2 },
  14: { kind: 'date', parts: 'ymd' }, 15: { kind: 'date', parts: 'ymd' }, 16: { kind: 'date', parts: 'md' },
  17: { kind: 'date', parts: 'ym' }, 22: { kind: 'date', parts: 'ymd' },
  27: { kind: 'date', parts: 'ym' }, 28: { kind: 'date', parts: 'md' }, 29: { kind: 'date', parts: 'md' },
  30: { kind: 'date', parts: 'ymd' }, 31: { kind: 'date', parts: 'ymd' }, 34: { kind: 'date', parts: 'ym' },
  35: { kind: 'date', parts: 'md' }, 36: { kind: 'date', parts: 'ym' },
  50: { kind: 'date', parts: 'ym' }, 51: { kind: 'date', parts: 'md' }, 52: { kind: 'date', parts: 'ym' },
  53: { kind: 'date', parts: 'md' }, 54: { kind: 'date', parts: 'md' }, 55: { kind: 'date', parts: 'ym' },
  56: { kind: 'date', parts: 'md' }, 57: { kind: 'date', parts: 'ym' }, 58: { kind: 'date', parts: 'md' },
};

/**
 * A custom format code's shape: its date letters and % outside quoted text, escapes and [colour]/[locale]
 * brackets (only the first section, the one positive numbers use). Time-only codes (h:mm) stay numbers.
 */
export function shapeOfCode(code: string): NumberShape {
  const first = code.split(/(?<!\\);/)[0] ?? '';
  // "General" and an exponent's E (0.00E+00) hold letters that are no date parts.
  const bare = first.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase().replace(/general|e[+-]/g, '');
  if (bare.includes('%')) return { kind: 'percent', decimals: /\.(0+)/.exec(bare)?.[1]?.length ?? 0 };
  const y = bare.includes('y');
  const d = bare.includes('d');
  // "m" is a month beside y or d; alone or after h it is minutes.
  const m = bare.includes('m') && (y || d);
  if (y && m && d) return { kind: 'date', parts: 'ymd' };
  if (y && m) return { kind: 'date', parts: 'ym' };
  if (m && d) return { kind: 'date', parts: 'md' };
  if (y) return { kind: 'date', parts: 'y' };
  return NUMBER;
}

/** A number format's shape: by its code when the file defines one, else by its built-in id. */
export function formatShape(id: number, code: string | undefined): NumberShape {
  return code !== undefined ? shapeOfCode(code) : BUILT_IN[id] ?? NUMBER;
}

/**
 * xl/styles.xml → the shape of each cell style (a cell's s attribute indexes <cellXfs>), from its number
 * format: built-in by id, custom by its code in <numFmts>.
 */
export function readCellShapes(xml: string | null): NumberShape[] {
  if (!xml) return [];
  const codes = new Map<number, string>();
  const shapes: NumberShape[] = [];
  let inCellXfs = false;
  for (const tok of xmlTokens(xml)) {
    if (tok.type === 'text') continue;
    const name = localName(tok.name);
    if (name === 'cellXfs') inCellXfs = tok.type === 'open' && !tok.selfClosing;
    if (tok.type !== 'open') continue;
    if (name === 'numFmt') codes.set(Number(attr(tok.attrs, 'numFmtId')), attr(tok.attrs, 'formatCode') ?? '');
    if (name === 'xf' && inCellXfs) {
      const id = Number(attr(tok.attrs, 'numFmtId') ?? 0);
      shapes.push(formatShape(id, codes.get(id)));
    }
  }
  return shapes;
}

const DAY_MS = 86_400_000;

/**
 * A serial date as the sheet shows it, in Chinese ("2025年6月30日"). The 1900 system counts 1900-02-29,
 * a day that never was (kept by Excel for Lotus 1-2-3), so serials from 61 on are one day late.
 */
export function serialDate(serial: number, parts: 'ymd' | 'ym' | 'md' | 'y', date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial);
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 31);
  const t = new Date(base + (date1904 ? days : days - (days >= 61 ? 1 : 0)) * DAY_MS);
  const y = `${t.getUTCFullYear()}年`;
  const m = `${t.getUTCMonth() + 1}月`;
  const d = `${t.getUTCDate()}日`;
  return { ymd: y + m + d, ym: y + m, md: m + d, y }[parts];
}

/** A number cell's text: a date or percentage by its shape, else the number without binary noise. */
export function numberText(raw: string, shape: NumberShape, date1904: boolean): string {
  const v = Number(raw);
  if (!Number.isFinite(v)) return raw;
  if (shape.kind === 'date') return serialDate(v, shape.parts, date1904) ?? plain(v);
  if (shape.kind === 'percent') return `${(v * 100).toFixed(shape.decimals)}%`;
  return plain(v);
}

// Excel keeps 15 significant digits; 0.1 + 0.2 is shown 0.3, not 0.30000000000000004.
const plain = (v: number) => String(Number(v.toPrecision(15)));
