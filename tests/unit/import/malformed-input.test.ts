import { describe, expect, it } from 'vitest';
import type { Result } from '../../../main/common/errors';
import { decodeText, firstBadGb18030, guessUtf16, scanUtf8 } from '../../../main/node/import/decode-text';
import { importBytes } from '../../../main/node/import/import-file';
import { XmlError, xmlTokens } from '../../../main/node/import/xml-tokens';
import { docxOf, documentXml, paragraphXml, planBody } from './helpers/hostile-docx';
import { seedText } from './helpers/seeds';

function expectFailure(r: Result<unknown>, code: string, message: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(message);
}

const GOOD = planBody(2, 2);

describe('malformed XML is an error, never merged or dropped paragraphs', () => {
  const cases: Array<[string, string, RegExp]> = [
    // A paragraph without its end tag: the next one used to nest in it and the first was lost.
    ['a missing end tag', GOOD.replace('</w:p>', ''), /结束标签 <\/w:body> 与开始标签 <w:p> 不匹配/],
    // A broken end tag swallowed the next start tag, and the next paragraph's text joined nothing.
    ['a broken end tag', GOOD.replace('</w:t></w:r></w:p>', '</w:t</w:r></w:p>'), /无法解析的标记“<\/w:t<\/w:r>/],
    ['a stray "<"', GOOD.replace('第1部分', '第1<部分'), /无法解析的标记“<部分/],
    ['mismatched tags', GOOD.replace('</w:r></w:p>', '</w:p></w:r>'), /不匹配/],
  ];
  for (const [what, body, message] of cases) {
    it(what, () => {
      const r = importBytes(docxOf(documentXml(body)), 'broken.docx');
      expectFailure(r, 'import.bad-xml', message);
      if (!r.ok) expect(r.error.message).toMatch(/word\/document\.xml 第 1 行第 \d+ 列处/);
    });
  }

  it('a truncated document.xml (well-formed up to the cut)', () => {
    const xml = documentXml(GOOD);
    expectFailure(importBytes(docxOf(xml.slice(0, xml.lastIndexOf('<w:p>'))), 'cut.docx'), 'import.bad-xml', /内容不完整.*文件可能被截断/);
  });

  it('well-formed XML still reads, with attributes holding ">" and single quotes', () => {
    const tokens = [...xmlTokens(`<a x='1>2' y="&amp;"><b/>t&lt;</a>`)];
    expect(tokens).toEqual([
      { type: 'open', name: 'a', attrs: ` x='1>2' y="&amp;"`, selfClosing: false },
      { type: 'open', name: 'b', attrs: '', selfClosing: true },
      { type: 'text', text: 't<' },
      { type: 'close', name: 'a' },
    ]);
    expect(importBytes(docxOf(documentXml(GOOD + paragraphXml('各部门要确保落实。'))), 'ok.docx').ok).toBe(true);
  });

  it('names where it broke: line and column', () => {
    const xml = '<a>\n<b>\n</c>';
    let error: XmlError | null = null;
    try {
      for (const _ of xmlTokens(xml)) void _;
    } catch (e) {
      error = e as XmlError;
    }
    expect(error).toBeInstanceOf(XmlError);
    expect(error!.where(xml)).toBe('第 3 行第 1 列');
  });
});

describe('encodings: what is wrong is said, UTF-16 without a BOM is recognised', () => {
  const seed = seedText('000_887fce41ce3b9e6c');
  const utf8 = new TextEncoder().encode(seed);

  it('one bad byte in UTF-8 is named with its position', () => {
    const bytes = new Uint8Array(utf8);
    const at = utf8.length >> 1;
    // Start of a 3-byte character replaced by a lone continuation byte.
    let i = at;
    while ((bytes[i]! & 0xc0) !== 0xc0 || bytes[i]! < 0xe0) i++;
    bytes[i] = 0xa0;
    const line = seed.slice(0, new TextDecoder().decode(utf8.subarray(0, i)).length).split('\n').length;
    expectFailure(decodeText(bytes), 'import.bad-encoding', new RegExp(`不是有效的 UTF-8 文本：第 ${i + 1} 字节（第 ${line} 行，0xA0）`));
    expect(scanUtf8(bytes)).toMatchObject({ firstBad: i });
    expectFailure(importBytes(bytes, 'bad.txt'), 'import.bad-encoding', /第 \d+ 字节/);
  });

  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    it(`${enc.toUpperCase()} without a BOM imports like the UTF-8 file`, () => {
      const bytes = new Uint8Array(seed.length * 2);
      for (let i = 0; i < seed.length; i++) {
        const c = seed.charCodeAt(i);
        bytes[enc === 'utf-16le' ? 2 * i : 2 * i + 1] = c & 0xff;
        bytes[enc === 'utf-16le' ? 2 * i + 1 : 2 * i] = c >> 8;
      }
      expect(guessUtf16(bytes)).toBe(enc);
      const decoded = decodeText(bytes);
      expect(decoded.ok && decoded.value.text).toBe(seed);
      const a = importBytes(bytes, 'u16.txt');
      const b = importBytes(utf8, 'u8.txt');
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) expect(a.value.report.counts).toEqual(b.value.report.counts);
    });
  }

  it('NUL bytes that are not UTF-16 are still "not text"; GB18030 errors name the byte', () => {
    expectFailure(decodeText(new Uint8Array(4096)), 'import.not-text', /不是文本文件/);
    // 中文 (GBK) ×100, a newline, 国, then a byte no GBK text has.
    const gb = new Uint8Array([...Array.from({ length: 100 }, () => [0xd6, 0xd0, 0xce, 0xc4]).flat(), 0x0a, 0xb9, 0xfa, 0xff, 0x41]);
    expect(firstBadGb18030(gb)).toBe(403);
    expectFailure(decodeText(gb), 'import.bad-encoding', /不是有效的 GBK\/GB18030 文本：第 404 字节（第 2 行，0xFF）/);
    const ok = decodeText(gb.subarray(0, 403));
    expect(ok.ok && ok.value).toEqual({ text: `${'中文'.repeat(100)}\n国`, encoding: 'GB18030' });
  });
});
