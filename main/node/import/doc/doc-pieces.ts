import { DocBytes, DocFormatError } from './doc-bytes';
import type { FcLcb } from './doc-fib';

/** A run of characters stored together in the WordDocument stream ([MS-DOC] 2.9.177 Pcd). */
export interface Piece {
  cpStart: number;
  cpEnd: number;
  /** Byte offset of the piece's first character in the WordDocument stream. */
  fc: number;
  /** One byte a character (Windows-1252), else two (UTF-16LE). */
  compressed: boolean;
}

/** A character of the main text with the stream offset its properties are found by. */
export interface DocChar {
  ch: string;
  /** Its character position in the document, and its byte offset in the WordDocument stream. */
  cp: number;
  fc: number;
}

const cp1252 = new TextDecoder('windows-1252');
const utf16 = new TextDecoder('utf-16le');

/**
 * The piece table (Clx → Pcdt → PlcPcd, [MS-DOC] 2.9.38): where each run of the text is stored. A .doc
 * saved by Word keeps its text in pieces, in document order, that may point anywhere in the stream
 * (fast saves append edited pieces at its end).
 */
export const DocPieces = {
  read(table: DocBytes, clx: FcLcb): Piece[] {
    let at = clx.fc;
    const end = clx.fc + clx.lcb;
    // Prc entries (clxt 0x01) hold property modifiers of fast-saved pieces: skipped.
    while (at < end && table.u8(at) === 0x01) at += 3 + table.u16(at + 1);
    if (at >= end || table.u8(at) !== 0x02) throw new DocFormatError('the Clx has no piece table (Pcdt)');
    const lcb = table.u32(at + 1);
    const plc = at + 5;
    if (lcb < 16 || (lcb - 4) % 12 !== 0 || plc + lcb > table.length) throw new DocFormatError(`the piece table's size ${lcb} is not that of a PlcPcd`);
    const n = (lcb - 4) / 12;
    const pieces: Piece[] = [];
    for (let i = 0; i < n; i++) {
      const cpStart = table.u32(plc + i * 4);
      const cpEnd = table.u32(plc + (i + 1) * 4);
      if (cpEnd < cpStart) throw new DocFormatError(`piece ${i} ends (${cpEnd}) before it starts (${cpStart})`);
      const fcRaw = table.u32(plc + (n + 1) * 4 + i * 8 + 2);
      const compressed = (fcRaw & 0x40000000) !== 0;
      const fc = compressed ? (fcRaw & 0x3fffffff) / 2 : fcRaw & 0x3fffffff;
      pieces.push({ cpStart, cpEnd, fc, compressed });
    }
    return pieces;
  },

  /** The characters of [from, to) in order, each with its stream offset. */
  *chars(word: DocBytes, pieces: readonly Piece[], from: number, to: number): Generator<DocChar> {
    for (const p of pieces) {
      if (p.cpStart >= to) return;
      if (p.cpEnd <= from) continue;
      const start = Math.max(p.cpStart, from);
      const count = Math.min(p.cpEnd, to) - start;
      const width = p.compressed ? 1 : 2;
      const fc = p.fc + (start - p.cpStart) * width;
      const text = (p.compressed ? cp1252 : utf16).decode(word.slice(fc, count * width));
      // UTF-16 text is read unit by unit (a surrogate pair's halves keep their own offsets, as Word counts them).
      for (let k = 0; k < count; k++) yield { ch: text[k]!, cp: start + k, fc: fc + k * width };
    }
  },
};
