import { UserError, type Result } from '../../common/errors';

type Decoded = Result<{ text: string; encoding: string }>;

function notText(detail: string): Decoded {
  return UserError.fail('import.not-text', '文件不是文本文件（可能是图片、压缩包或其他二进制文件），无法导入。请选择 .txt 或 .docx 文件。', detail);
}

/** Control characters other than tab/newline/CR/form feed: text files have (almost) none. */
function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad > 0 && bad / text.length > 0.01;
}

/** Where a byte is, for the user: "第 1234 字节（第 56 行）" (both counted from 1). */
function position(bytes: Uint8Array, offset: number): string {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  return `第 ${offset + 1} 字节（第 ${line} 行，0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}）`;
}

/** UTF-8 structure (RFC 3629 §4): the first bad byte, how many bad sequences and how many good multi-byte ones. */
export function scanUtf8(bytes: Uint8Array): { firstBad: number; bad: number; multibyte: number } {
  let firstBad = -1;
  let bad = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong 3/4-byte forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (ok && len === 3) ok = !(b === 0xe0 && bytes[i + 1]! < 0xa0) && !(b === 0xed && bytes[i + 1]! >= 0xa0);
    if (ok && len === 4) ok = !(b === 0xf0 && bytes[i + 1]! < 0x90) && !(b === 0xf4 && bytes[i + 1]! >= 0x90);
    if (ok) {
      multibyte++;
      i += len;
    } else {
      if (firstBad < 0) firstBad = i;
      bad++;
      i++;
    }
  }
  return { firstBad, bad, multibyte };
}

/** GB18030 structure (GB 18030-2005 §5): one byte, two bytes 81–FE 40–FE, or four bytes 81–FE 30–39 81–FE 30–39. */
export function firstBadGb18030(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b <= 0x80) { i++; continue; } // 0x80 is € in the WHATWG GB18030 decoder
    if (b === 0xff) return i;
    const b2 = bytes[i + 1];
    if (b2 !== undefined && b2 >= 0x40 && b2 <= 0xfe && b2 !== 0x7f) { i += 2; continue; }
    const b3 = bytes[i + 2];
    const b4 = bytes[i + 3];
    if (b2 !== undefined && b2 >= 0x30 && b2 <= 0x39 && b3 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 !== undefined && b4 >= 0x30 && b4 <= 0x39) {
      i += 4;
      continue;
    }
    return i;
  }
  return -1;
}

/** Text as people write it: CJK, ASCII, punctuation, whitespace; what a wrong UTF-16 guess is not. */
function plausible(text: string): boolean {
  let good = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x2000) || (c >= 0x2000 && c < 0xa000)
      || (c >= 0xf900 && c < 0xfb00) || (c >= 0xfe30 && c < 0xfff0)) good++;
  }
  return text.length > 0 && good / text.length >= 0.95;
}

/**
 * UTF-16 without a byte order mark (Windows "Unicode" saved by some tools): ASCII characters put their
 * NUL byte second (LE) or first (BE), so NULs sit almost only at odd or only at even offsets.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, i + 1)) {
    if (i % 2) odd++;
    else even++;
  }
  if (even + odd === 0) return null;
  // CJK characters put NULs on the other side (U+4E00 一 is 00 4E in LE): the parity only says which to try first.
  const order: Array<'utf-16le' | 'utf-16be'> = odd >= even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  for (const enc of order) {
    try {
      if (plausible(new TextDecoder(enc, { fatal: true }).decode(bytes))) return enc;
    } catch {
      // unpaired surrogates: not this one
    }
  }
  return null;
}

/**
 * A .txt file's text: UTF-8 or UTF-16 with a BOM, UTF-16 without one (by its NULs), UTF-8 without a
 * BOM, else GB18030 (which covers GBK and GB2312, what Chinese Windows Notepad and WPS save by default).
 * A file that is almost all UTF-8 but has a bad byte is refused naming the byte, not guessed at.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  // In valid UTF-8 a U+FFFD was written by an earlier lossy conversion (a garbled copy): it is text.
  const wrap = (text: string, encoding: string, writtenFffd = false): Decoded => {
    if (looksBinary(writtenFffd ? text.replace(/\ufffd/g, '') : text)) return notText(`control characters after decoding as ${encoding}`);
    return UserError.ok({ text, encoding });
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeText(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return wrap(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return wrap(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE');
  if (bytes.includes(0)) {
    const utf16 = guessUtf16(bytes);
    if (utf16) return wrap(new TextDecoder(utf16).decode(bytes), `${utf16.toUpperCase()} (no BOM)`);
    return notText('NUL bytes, and not UTF-16 either');
  }
  const utf8 = scanUtf8(bytes);
  if (utf8.bad === 0) return wrap(new TextDecoder('utf-8').decode(bytes), 'UTF-8', true);
  // Mostly good multi-byte sequences: UTF-8 text with damage. GB18030 text read as UTF-8 is nearly all bad.
  if (utf8.multibyte >= 8 * utf8.bad) {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    if (looksBinary(lossy.replace(/\ufffd/g, ''))) return notText('control characters in mostly-UTF-8 bytes');
    return UserError.fail('import.bad-encoding',
      `文件不是有效的 UTF-8 文本：${position(bytes, utf8.firstBad)}编码错误${utf8.bad > 1 ? `（共 ${utf8.bad} 处）` : ''}。文件可能已损坏或混用了多种编码，请在记事本或 WPS 中打开、改正后另存为 UTF-8 再导入。`,
      `invalid UTF-8 at byte ${utf8.firstBad} (${utf8.bad} bad sequences, ${utf8.multibyte} good)`);
  }
  const gbBad = firstBadGb18030(bytes);
  const gb = new TextDecoder('gb18030').decode(bytes);
  if (gbBad < 0) return wrap(gb, 'GB18030');
  if (looksBinary(gb.replace(/\ufffd/g, ''))) return notText(`neither UTF-8 nor GB18030, control characters (first bad GB18030 byte ${gbBad})`);
  return UserError.fail('import.bad-encoding',
    `文件既不是有效的 UTF-8 文本，也不是有效的 GBK/GB18030 文本：${position(bytes, gbBad)}无法识别。请在记事本或 WPS 中打开后另存为 UTF-8 再导入。`,
    `neither UTF-8 (first bad byte ${utf8.firstBad}) nor GB18030 (first bad byte ${gbBad})`);
}
