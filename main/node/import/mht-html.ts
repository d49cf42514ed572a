// A .mht (MHTML, "单个文件网页"): a MIME message whose HTML part is the page. Word's altChunk and "另存为单个
// 文件网页" write it with quoted-printable or base64 bodies, in UTF-8 or GB2312.

const latin1 = new TextDecoder('latin1');

/** The header block and body of a MIME part. */
function splitPart(part: string): { headers: string; body: string } {
  const m = /\r?\n\r?\n/.exec(part);
  return m ? { headers: part.slice(0, m.index), body: part.slice(m.index + m[0].length) } : { headers: part, body: '' };
}

const header = (headers: string, name: string) => new RegExp(`^${name}:\\s*([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(headers)?.[1]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';

function bodyBytes(body: string, encoding: string): Uint8Array {
  if (/base64/i.test(encoding)) return Uint8Array.from(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
  const text = /quoted-printable/i.test(encoding) ? body.replace(/=\r?\n/g, '') : body;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = /quoted-printable/i.test(encoding) && text[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(text.slice(i + 1, i + 3)) : null;
    if (hex) {
      out.push(parseInt(hex[0], 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The HTML of an MHTML message (its first text/html part), or null when it holds none. */
export function mhtHtml(bytes: Uint8Array): string | null {
  const message = latin1.decode(bytes);
  const top = splitPart(message);
  const type = header(top.headers, 'Content-Type');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts = boundary ? top.body.split(`--${boundary}`).map(splitPart) : [top];
  for (const part of parts) {
    const partType = header(part.headers, 'Content-Type');
    if (!/text\/html/i.test(partType)) continue;
    const charset = /charset="?([\w-]+)"?/i.exec(partType)?.[1] ?? '';
    return decodeCharset(bodyBytes(part.body, header(part.headers, 'Content-Transfer-Encoding')), charset);
  }
  return null;
}
