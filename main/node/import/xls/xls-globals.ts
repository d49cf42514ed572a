import type { DocBytes } from '../doc/doc-bytes';
import { DocFormatError } from '../doc/doc-bytes';
import { formatShape, type NumberShape } from '../xlsx/xlsx-number-formats';
import { biffRecords, RT } from './biff-records';
import { BiffStringReader, unicodeString } from './biff-strings';

/** A BIFF5 (Excel 5/95) or older workbook: its strings are in a code page, and Excel itself offers to convert it. */
export class OldExcelError extends DocFormatError {}
/** A workbook saved with a password to open (FILEPASS): its records are encrypted. */
export class EncryptedExcelError extends DocFormatError {}

export interface XlsSheet { name: string; offset: number; hidden: boolean }

/** What the workbook globals substream gives the sheets: their places, the shared strings, each XF's number shape. */
export interface XlsGlobals {
  sheets: XlsSheet[];
  shared: string[];
  shapes: NumberShape[];
  /** Whether each XF draws a border (a typed table's cells are framed, empty ones too: xlsx-cell-borders.ts). */
  bordered: boolean[];
  date1904: boolean;
}

/** The version of a BOF record: 0x0600 is BIFF8 (Excel 97–2003). */
export function checkBof(s: DocBytes, at: number): number {
  if (s.u16(at) !== RT.BOF) throw new DocFormatError(`no BOF record at ${at}`);
  const version = s.u16(at + 4);
  if (version !== 0x0600) throw new OldExcelError(`BIFF version 0x${version.toString(16)} (not BIFF8)`);
  return s.u16(at + 6);
}

/** The shared-string table: the SST record and the CONTINUE records after it, read as one ([MS-XLS] 2.4.265). */
function sharedStrings(segments: readonly Uint8Array[]): string[] {
  const reader = new BiffStringReader(segments);
  reader.u32();
  const unique = reader.u32();
  const out: string[] = [];
  // Bounded by the bytes there are, whatever the count says: each string takes at least three.
  const bytes = segments.reduce((n, c) => n + c.length, 0);
  for (let i = 0; i < unique && i * 3 < bytes; i++) out.push(reader.richString());
  return out;
}

/** The globals substream at the stream's start ([MS-XLS] 2.1.7.20.1). Throws DocFormatError and its kinds. */
export function readGlobals(s: DocBytes): XlsGlobals {
  checkBof(s, 0);
  const out: XlsGlobals = { sheets: [], shared: [], shapes: [], bordered: [], date1904: false };
  const codes = new Map<number, string>();
  const formats: number[] = [];
  const records = [...biffRecords(s, 0)];
  records.forEach((r, i) => {
    const data = () => s.slice(r.at, r.size);
    if (r.type === RT.FILEPASS) throw new EncryptedExcelError('the workbook is encrypted (FILEPASS)');
    if (r.type === RT.BOUNDSHEET && s.u8(r.at + 5) === 0) {
      out.sheets.push({ offset: s.u32(r.at), hidden: (s.u8(r.at + 4) & 0x03) !== 0, name: unicodeString(data(), 6, 1) });
    }
    if (r.type === RT.DATEMODE) out.date1904 = s.u16(r.at) === 1;
    if (r.type === RT.FORMAT) codes.set(s.u16(r.at), unicodeString(data(), 2, 2));
    if (r.type === RT.XF) {
      formats.push(s.u16(r.at + 2));
      // [MS-XLS] 2.4.353 XF: the left, right, top and bottom line styles, four bits each, from byte 10.
      out.bordered.push(s.u16(r.at + 10) !== 0);
    }
    if (r.type === RT.SST) {
      const segments = [data()];
      for (let k = i + 1; records[k]?.type === RT.CONTINUE; k++) segments.push(s.slice(records[k]!.at, records[k]!.size));
      out.shared = sharedStrings(segments);
    }
  });
  out.shapes = formats.map((id) => formatShape(id, codes.get(id)));
  return out;
}
