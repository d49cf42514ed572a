import { localName } from './xlsx-workbook';
import { xmlTokens } from '../xml-tokens';

/**
 * xl/sharedStrings.xml: the text of each <si>, its rich-text runs joined. Phonetic runs (<rPh>, the
 * reading Excel keeps above East Asian text) are not part of the cell's text and are left out.
 */
export function readSharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  for (const tok of xmlTokens(xml)) {
    if (tok.type === 'text') {
      if (current !== null && inText && phonetic === 0) current += tok.text;
      continue;
    }
    const name = localName(tok.name);
    const opening = tok.type === 'open';
    if (name === 'si') {
      if (opening && !tok.selfClosing) current = '';
      else {
        out.push(current ?? '');
        current = null;
      }
    } else if (name === 'rPh') {
      if (!(opening && tok.selfClosing)) phonetic += opening ? 1 : -1;
    } else if (name === 't') {
      inText = opening && !tok.selfClosing;
    }
  }
  return out;
}
