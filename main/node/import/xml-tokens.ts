/** A tag or a text run of an XML document; enough for WordprocessingML, no DTDs, no namespaces resolved. */
export type XmlToken =
  | { type: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (all, e: string) => {
    if (e.startsWith('#x')) return safeCodePoint(parseInt(e.slice(2), 16), all);
    if (e.startsWith('#')) return safeCodePoint(parseInt(e.slice(1), 10), all);
    return ENTITY[e] ?? all;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** Tokens in document order; comments, processing instructions and CDATA markers are skipped. */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1] !== undefined) yield { type: 'text', text: m[1] };
    else if (m[3] !== undefined) {
      if (m[2] === '/') yield { type: 'close', name: m[3] };
      else yield { type: 'open', name: m[3], attrs: m[4] ?? '', selfClosing: m[5] === '/' };
    } else if (m[6] !== undefined) yield { type: 'text', text: decodeEntities(m[6]) };
  }
}

export function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? decodeEntities(m[1]!) : null;
}
