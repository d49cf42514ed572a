import { DocFormatError } from '../doc/doc-bytes';

const latin1 = new TextDecoder('latin1');
const utf16 = new TextDecoder('utf-16le');

/**
 * A reader over a record's data and the CONTINUE records after it, as one run of bytes, except where a
 * string's characters cross into a CONTINUE: there the CONTINUE starts with a byte saying whether the rest of
 * the characters are one byte or two ([MS-XLS] 2.5.293 XLUnicodeRichExtendedString; 2.1.7.4 CONTINUE).
 */
export class BiffStringReader {
  private seg = 0;
  private pos = 0;

  constructor(private readonly segments: readonly Uint8Array[]) {}

  private current(): Uint8Array {
    while (this.seg < this.segments.length && this.pos >= this.segments[this.seg]!.length) {
      this.seg++;
      this.pos = 0;
    }
    const s = this.segments[this.seg];
    if (!s) throw new DocFormatError('a string runs past the end of its records');
    return s;
  }

  u8(): number {
    const s = this.current();
    return s[this.pos++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    for (let left = n; left > 0;) {
      const s = this.current();
      const step = Math.min(left, s.length - this.pos);
      this.pos += step;
      left -= step;
    }
  }

  /** `count` characters, one byte each (Latin-1, the high bytes left out) or UTF-16, switching at a CONTINUE. */
  chars(count: number, wide: boolean): string {
    let out = '';
    let left = count;
    let two = wide;
    while (left > 0) {
      if (this.seg < this.segments.length && this.pos >= this.segments[this.seg]!.length) {
        this.current();
        two = (this.u8() & 0x01) === 1;
      }
      const s = this.current();
      const width = two ? 2 : 1;
      const n = Math.min(left, Math.floor((s.length - this.pos) / width));
      if (n === 0) throw new DocFormatError('a character is split across records');
      const bytes = s.subarray(this.pos, this.pos + n * width);
      out += two ? utf16.decode(bytes) : latin1.decode(bytes);
      this.pos += n * width;
      left -= n;
    }
    return out;
  }

  /** An XLUnicodeRichExtendedString (the shared-string table's form): its text, runs and phonetic data skipped. */
  richString(): string {
    const cch = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(cch, (flags & 0x01) === 1);
    this.skip(runs * 4 + ext);
    return text;
  }
}

/**
 * An XLUnicodeString or ShortXLUnicodeString inside one record (a LABEL cell, a FORMAT code, a sheet name): its
 * count (16 or 8 bits), a flags byte, its characters.
 */
export function unicodeString(data: Uint8Array, at: number, countBytes: 1 | 2): string {
  const r = new BiffStringReader([data.subarray(at)]);
  const cch = countBytes === 1 ? r.u8() : r.u16();
  const flags = r.u8();
  return r.chars(cch, (flags & 0x01) === 1);
}
