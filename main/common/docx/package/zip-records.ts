/** ZIP record signatures (APPNOTE 4.3.7, 4.3.12, 4.3.16), shared by the zip writers. */
export const ZipSignature = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50 } as const;

/**
 * Writes the end of central directory record (APPNOTE 4.3.16) at `at`: one disk, `count` entries, the
 * central directory's size and offset. The record is 22 bytes; the comment is empty and the disk fields 0.
 */
export function writeEndOfCentralDirectory(v: DataView, at: number, count: number, cdSize: number, cdOffset: number): void {
  v.setUint32(at, ZipSignature.end, true);
  v.setUint16(at + 8, count, true);
  v.setUint16(at + 10, count, true);
  v.setUint32(at + 12, cdSize, true);
  v.setUint32(at + 16, cdOffset, true);
}
