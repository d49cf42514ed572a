/** A tag or a text run of an XML document; enough for WordprocessingML, no DTDs, no namespaces resolved. */
export type XmlToken =
  | { type: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (all, e: string) => {
    if (e.startsWith('#x')) return safeCodePoint(parseInt(e.slice(2), 16), all);
    if (e.startsWith('#')) return safeCodePoint(parseInt(e.slice(1), 10), all);
    return ENTITY[e] ?? all;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/**
 * XML that is not well-formed (XML 1.0 §2.1): a tag that does not parse, an end tag that does not match
 * its start tag, or elements still open at the end (a truncated part). Reading on would guess where
 * paragraphs end — and merge or drop them without saying so — so the reader stops here.
 */
export class XmlError extends Error {
  constructor(readonly offset: number, readonly zh: string, en: string) {
    super(`${en} at offset ${offset}`);
  }

  /** "第 3 行第 120 列" of the offset in the text, for the user. */
  where(xml: string): string {
    let line = 1;
    let lineStart = 0;
    for (let i = xml.indexOf('\n'); i >= 0 && i < this.offset; i = xml.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return `第 ${line} 行第 ${this.offset - lineStart + 1} 列`;
  }
}

const NAME = '[A-Za-z_][\\w:.-]*';
// Sticky: every token must start where the previous one ended, so nothing is skipped unseen.
const TOKEN = new RegExp([
  '<!--[\\s\\S]*?-->', '<\\?[\\s\\S]*?\\?>', '<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>', '<!DOCTYPE[^<>]*>',
  `<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`,
  `</(${NAME})\\s*>`,
  '([^<]+)',
].join('|'), 'y');

/** Tokens in document order; comments, processing instructions and CDATA markers are skipped. Throws XmlError. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const open: string[] = [];
  const re = new RegExp(TOKEN);
  let at = 0;
  while (at < xml.length) {
    re.lastIndex = at;
    const m = re.exec(xml);
    if (!m) {
      const snippet = xml.slice(at, at + 24).replace(/\s+/g, ' ');
      throw new XmlError(at, `无法解析的标记“${snippet}”`, `unparseable markup ${JSON.stringify(snippet)}`);
    }
    if (m[1] !== undefined) yield { type: 'text', text: m[1] };
    else if (m[2] !== undefined) {
      const selfClosing = m[4] === '/';
      if (!selfClosing) open.push(m[2]);
      yield { type: 'open', name: m[2], attrs: m[3] ?? '', selfClosing };
    } else if (m[5] !== undefined) {
      const expected = open.pop();
      if (expected !== m[5]) {
        throw new XmlError(at, expected ? `结束标签 </${m[5]}> 与开始标签 <${expected}> 不匹配` : `多余的结束标签 </${m[5]}>`,
          `end tag </${m[5]}> does not match ${expected ? `<${expected}>` : 'any open element'}`);
      }
      yield { type: 'close', name: m[5] };
    } else if (m[6] !== undefined) yield { type: 'text', text: decodeEntities(m[6]) };
    at = re.lastIndex;
  }
  if (open.length) {
    throw new XmlError(xml.length, `内容不完整，<${open[open.length - 1]}> 没有结束（文件可能被截断）`, `${open.length} element(s) still open at the end, innermost <${open[open.length - 1]}>`);
  }
}

export function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]!) : null;
}
