import type { DocBytes } from '../doc/doc-bytes';

/** One BIFF record ([MS-XLS] 2.1.4): its type, and where its data lies in the stream. */
export interface BiffRecord {
  type: number;
  /** Offset of the record's data (after its 4-byte header). */
  at: number;
  size: number;
}

/** Record types read ([MS-XLS] 2.3). */
export const RT = {
  BOF: 0x0809, EOF: 0x000a, CONTINUE: 0x003c, FILEPASS: 0x002f, BOUNDSHEET: 0x0085, DATEMODE: 0x0022,
  FORMAT: 0x041e, XF: 0x00e0, SST: 0x00fc, LABELSST: 0x00fd, LABEL: 0x0204, RSTRING: 0x00d6, NUMBER: 0x0203,
  RK: 0x027e, MULRK: 0x00bd, FORMULA: 0x0006, STRING: 0x0207, BOOLERR: 0x0205, MERGEDCELLS: 0x00e5, BLANK: 0x0201, MULBLANK: 0x00be,
} as const;

/**
 * The records of a substream from `from` up to and with its EOF (or the stream's end). A record that runs past
 * the stream throws (DocBytes reads are bounds-checked), so a truncated file is an error, not a short sheet.
 */
export function* biffRecords(s: DocBytes, from: number): Generator<BiffRecord> {
  let at = from;
  while (at + 4 <= s.length) {
    const type = s.u16(at);
    const size = s.u16(at + 2);
    s.slice(at + 4, size);
    yield { type, at: at + 4, size };
    if (type === RT.EOF) return;
    at += 4 + size;
  }
}

/**
 * A number stored as RK ([MS-XLS] 2.5.217): 30 bits of either an integer or the high bits of a double,
 * perhaps divided by 100.
 */
export function rkNumber(rk: number): number {
  let v: number;
  if (rk & 0x02) v = rk >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, 0, true);
    view.setUint32(4, rk & 0xfffffffc, true);
    v = view.getFloat64(0, true);
  }
  return rk & 0x01 ? v / 100 : v;
}
