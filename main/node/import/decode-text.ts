import { UserError, type Result } from '../../common/errors';

function notText(detail: string): Result<string> {
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

/**
 * A .txt file's text: UTF-8 or UTF-16 with a BOM, UTF-8 without one, else GB18030 (which covers GBK
 * and GB2312, what Chinese Windows Notepad and WPS save by default).
 */
export function decodeText(bytes: Uint8Array): Result<{ text: string; encoding: string }> {
  const wrap = (text: string, encoding: string): Result<{ text: string; encoding: string }> => {
    if (looksBinary(text)) return notText(`control characters after decoding as ${encoding}`) as Result<never>;
    return UserError.ok({ text, encoding });
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return wrap(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return wrap(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return wrap(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'UTF-16BE');
  if (bytes.includes(0)) return notText('NUL bytes without a UTF-16 byte order mark') as Result<never>;
  try {
    return wrap(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'UTF-8');
  } catch {
    return wrap(new TextDecoder('gb18030').decode(bytes), 'GB18030');
  }
}
