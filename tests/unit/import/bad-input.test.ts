import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../main/common/errors';
import { importPlan } from '../../../main/common/import/import-plan';
import { importBytes, importFilePath } from '../../../main/node/import/import-file';
import { summarize } from './helpers/plan-summary';
import { golden, seedText } from './helpers/seeds';

const CHINESE = /[\u4e00-\u9fff]/;

function expectFailure(r: Result<unknown>, code: string): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(CHINESE);
}

/** Deterministic pseudo-random bytes (xorshift), so the test is the same every run. */
function garbage(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 0x12345678;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** GB18030 bytes for a text, from the decoder's own table (Node has no GB18030 encoder). */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    if (b === 0x7f) continue;
    const ch = dec.decode(new Uint8Array([a, b]));
    if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      // GBK has no NBSP and the like: a real GBK file holds a plain space there.
      const pair = table.get(ch);
      if (pair) out.push(...pair);
      else if (/\s/.test(ch)) out.push(0x20);
      else throw new Error(`no GB18030 two-byte code for ${ch}`);
    }
  }
  return new Uint8Array(out);
}

describe('bad input gets a clear Chinese message and no plan', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-studio-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('an empty file', () => {
    expectFailure(importBytes(new Uint8Array(0), 'empty.txt'), 'import.empty');
  });

  it('a file of blank lines', () => {
    expectFailure(importBytes(new TextEncoder().encode('\n \r\n\u3000\n'), 'blank.txt'), 'import.empty');
  });

  it('binary garbage', () => {
    expectFailure(importBytes(garbage(64 * 1024), 'garbage.txt'), 'import.not-text');
  });

  it('a renamed zip without word/document.xml', () => {
    const zip = zipSync({ 'hello.txt': strToU8('不是 Word 文档') });
    expectFailure(importBytes(zip, 'renamed.docx'), 'import.no-document');
  });

  it('a truncated zip', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(100)) });
    expectFailure(importBytes(zip.subarray(0, 60), 'broken.docx'), 'import.bad-docx');
  });

  it('a broken .doc: a compound file header over garbage', () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...garbage(100)]);
    expectFailure(importBytes(doc, '方案.doc'), 'import.bad-doc');
  });

  it('a PDF and an RTF file, whatever they are called', () => {
    expectFailure(importBytes(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), '方案.txt'), 'import.pdf');
    expectFailure(importBytes(new TextEncoder().encode('{\\rtf1\\ansi 一、总体要求}'), '方案.txt'), 'import.rtf');
  });

  it('a 50 MB file is refused from its size, before it is read', async () => {
    const file = path.join(dir, 'huge.txt');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    expectFailure(await importFilePath(file), 'import.too-large');
  });

  it('a missing file', async () => {
    expectFailure(await importFilePath(path.join(dir, 'nope.txt')), 'file.missing');
  });

  it('text with no structure at all', () => {
    writeFileSync(path.join(dir, 'prose.txt'), '今天开会讨论了很多问题。\n大家都发了言，会议开得很好。\n');
    expectFailure(importPlan('今天开会讨论了很多问题。\n大家都发了言，会议开得很好。\n'), 'import.no-structure');
  });
});

describe('text encodings', () => {
  const name = '000_887fce41ce3b9e6c';
  const expected = golden(name);

  it('GB18030 (GBK) without a BOM', () => {
    const r = importBytes(encodeGb18030(seedText(name)), `${name}.txt`);
    if (!r.ok) throw new Error(r.error.detail);
    expect(summarize(r.value.plan)).toEqual(expected);
  });

  it('UTF-16LE with a BOM', () => {
    const text = seedText(name);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = importBytes(bytes, `${name}.txt`);
    if (!r.ok) throw new Error(r.error.detail);
    expect(summarize(r.value.plan)).toEqual(expected);
  });

  it('UTF-8 with a BOM', () => {
    const body = new TextEncoder().encode(seedText(name));
    const r = importBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...body]), `${name}.txt`);
    if (!r.ok) throw new Error(r.error.detail);
    expect(summarize(r.value.plan)).toEqual(expected);
  });
});
