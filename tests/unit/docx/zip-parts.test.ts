import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { canZipParts, zipParts } from '../../../main/node/docx/zip-parts';

/** CRC-32 (IEEE), written out here so the archive's checksums are checked independently of zlib. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

describe('zipParts (node zlib)', () => {
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(`<w:document>${'<w:p><w:r><w:t>正文 &amp; text</w:t></w:r></w:p>'.repeat(5000)}</w:document>`),
    'word/empty.xml': new Uint8Array(0),
    'word/media/bytes.bin': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  };

  it('is available on this node (20.15+)', () => {
    expect(canZipParts).toBe(true);
  });

  it('gives an archive with the same entries, in order, with the same bytes, deflated', () => {
    const zip = zipParts(parts, 6);
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(Object.keys(parts));
    for (const [name, bytes] of Object.entries(parts)) expect(back[name]).toEqual(bytes);
    expect(zip.length).toBeLessThan(parts['word/document.xml']!.length / 20);
  });

  it('writes each entry\'s CRC-32 and sizes in both headers, and the same bytes for the same parts', () => {
    const zip = zipParts(parts, 6);
    const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = zip.length - 22;
    expect(v.getUint32(end, true)).toBe(0x06054b50);
    let p = v.getUint32(end + 16, true);
    for (const [name, bytes] of Object.entries(parts)) {
      expect(v.getUint32(p, true)).toBe(0x02014b50);
      const local = v.getUint32(p + 42, true);
      expect(v.getUint32(local, true)).toBe(0x04034b50);
      for (const at of [p + 16, local + 14]) {
        expect(v.getUint32(at, true)).toBe(crc32(bytes));
        expect(v.getUint32(at + 8, true)).toBe(bytes.length);
      }
      p += 46 + name.length;
    }
    expect(zipParts(parts, 6)).toEqual(zip);
  });
});
