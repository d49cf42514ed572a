import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../main/common/seeded-rng';
import { readDoc } from '../../../main/node/import/doc/read-doc';
import { importBytes } from '../../../main/node/import/import-file';

const CHINESE = /[\u4e00-\u9fff]/;
const REAL = new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/doc/xiangxi-2020-yingshang.doc')));

/** The real .doc with its streams changed by `edit` (name → bytes), written back as a compound file. */
function edited(edit: (streams: Map<string, Uint8Array>) => void): Uint8Array {
  const c = CFB.parse(REAL);
  const streams = new Map<string, Uint8Array>();
  c.FullPaths.forEach((p, i) => {
    const e = c.FileIndex[i]!;
    if (e.type === 2) streams.set(p.replace(/^[^/]*\//, ''), Uint8Array.from(e.content as Uint8Array));
  });
  edit(streams);
  const out = CFB.utils.cfb_new();
  for (const [name, data] of streams) if (!name.includes('/')) CFB.utils.cfb_add(out, name, data);
  return new Uint8Array(CFB.write(out, { type: 'buffer' }) as Uint8Array);
}

function failsWith(bytes: Uint8Array, code: string): void {
  const r = importBytes(bytes, '方案.doc');
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(CHINESE);
}

const u16 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint16(at, v, true);
const u32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);
/** FibRgFcLcb97's pair `i` (fc, lcb) in a FIB of the usual field counts (csw 14, cslw 22). */
const pairAt = (i: number) => 0x9a + i * 8;

describe('a broken or foreign .doc gets a clear Chinese message and no plan', () => {
  it('the edited copy still reads when nothing is broken (the test builds real files)', () => {
    const r = readDoc(edited(() => {}));
    expect(r.ok).toBe(true);
  });

  it('a compound file with a Workbook stream is read as an Excel workbook (.xls): a broken one is refused as one', () => {
    const c = CFB.utils.cfb_new();
    CFB.utils.cfb_add(c, 'Workbook', new Uint8Array(600));
    failsWith(new Uint8Array(CFB.write(c, { type: 'buffer' }) as Uint8Array), 'import.bad-xls');
  });

  it('a slide show (a compound file with neither a WordDocument nor a Workbook stream)', () => {
    const c = CFB.utils.cfb_new();
    CFB.utils.cfb_add(c, 'PowerPoint Document', new Uint8Array(600));
    failsWith(new Uint8Array(CFB.write(c, { type: 'buffer' }) as Uint8Array), 'import.not-word');
  });

  it('a WordDocument stream that does not start with the FIB', () => {
    failsWith(edited((s) => u16(s.get('WordDocument')!, 0, 0x1234)), 'import.bad-doc');
  });

  it('a Word 6 / Word 95 file', () => {
    failsWith(edited((s) => u16(s.get('WordDocument')!, 2, 0x0065)), 'import.old-word');
  });

  it('a password-protected (encrypted) file', () => {
    failsWith(edited((s) => {
      const w = s.get('WordDocument')!;
      u16(w, 0x0a, w[0x0a]! | (w[0x0b]! << 8) | 0x0100);
    }), 'import.encrypted');
  });

  it('a piece table pointing past its stream, or a piece that ends before it starts', () => {
    failsWith(edited((s) => u32(s.get('WordDocument')!, pairAt(33), 0x7fffff00)), 'import.bad-doc');
    failsWith(edited((s) => {
      const w = s.get('WordDocument')!;
      const fc = new DataView(w.buffer, w.byteOffset).getUint32(pairAt(33), true);
      const table = s.get(w[0x0b]! & 0x02 ? '1Table' : '0Table')!;
      // The Pcdt (0x02, lcb) then the CPs: the first piece made to end before it starts.
      let at = fc;
      while (table[at] === 0x01) at += 3 + (table[at + 1]! | (table[at + 2]! << 8));
      u32(table, at + 5 + 4, 0);
      u32(table, at + 5, 10);
    }), 'import.bad-doc');
  });

  it('a FIB naming a table stream the file does not have', () => {
    failsWith(edited((s) => {
      s.delete('0Table');
      s.delete('1Table');
    }), 'import.bad-doc');
  });

  it('a compound-file header over garbage, and a file cut short', () => {
    failsWith(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600).fill(0x41)]), 'import.bad-doc');
    const r = importBytes(REAL.subarray(0, Math.floor(REAL.length * 0.6)), '方案.doc');
    if (!r.ok) expect(r.error.message).toMatch(CHINESE);
  });

  it('300 damaged copies: each reads or gets a Chinese message, none throws or hangs', () => {
    const rnd = seededRng(20261207);
    const codes = new Set<string>();
    let read = 0;
    for (let k = 0; k < 300; k++) {
      const target = k % 3 === 0 ? 'WordDocument' : k % 3 === 1 ? '0Table' : 'raw';
      let bytes: Uint8Array;
      if (target === 'raw') {
        bytes = Uint8Array.from(REAL);
        for (let j = 0; j < 8; j++) bytes[512 + Math.floor(rnd() * (bytes.length - 512))] = Math.floor(rnd() * 256);
      } else {
        bytes = edited((s) => {
          const b = s.get(target) ?? s.get('1Table')!;
          // Early bytes hold the FIB and the piece table's neighbours: damage there, where it matters.
          for (let j = 0; j < 4; j++) b[Math.floor(rnd() * Math.min(b.length, 1200))] = Math.floor(rnd() * 256);
        });
      }
      const r = importBytes(bytes, `损坏${k}.doc`);
      if (r.ok) read++;
      else {
        expect(r.error.message).toMatch(CHINESE);
        codes.add(r.error.code);
      }
    }
    // Damage is found (some copies refused) and tolerated (some still read); no unexpected failure.
    expect(read).toBeGreaterThan(0);
    expect(codes.size).toBeGreaterThan(0);
    expect(codes.has('import.failed')).toBe(false);
  });
});
