import { attr, xmlTokens } from './xml-tokens';

export interface Relationship { type: string; target: string }

/**
 * word/_rels/document.xml.rels: relationship id → its type's last segment ("header", "aFChunk") and the
 * part it names, as a path inside the package (targets are relative to word/). External targets (a
 * hyperlink's address) name no part and are left out.
 */
export function documentRelationships(xml: string | null): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (!xml) return out;
  for (const tok of xmlTokens(xml)) {
    if (tok.type !== 'open' || tok.name !== 'Relationship') continue;
    const id = attr(tok.attrs, 'Id');
    const target = attr(tok.attrs, 'Target');
    if (!id || !target || attr(tok.attrs, 'TargetMode') === 'External') continue;
    out.set(id, { type: (attr(tok.attrs, 'Type') ?? '').split('/').pop() ?? '', target: partPath(target) });
  }
  return out;
}

/** A target as a package path: "/word/header1.xml" as it is, "header1.xml" or "../x.htm" against word/. */
function partPath(target: string): string {
  const parts = target.startsWith('/') ? [] : ['word'];
  for (const seg of target.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
