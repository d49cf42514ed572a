import type { SourceParagraph } from '../../common/import/import-plan';
import { htmlSourceParagraphs, isHtmlDocument } from '../../common/paste/html-source-paragraphs';
import { decodeText } from './decode-text';
import { mhtHtml } from './mht-html';

/**
 * The paragraphs of a part a w:altChunk embeds (ECMA-376 17.17.2.1): WPS and Word keep text pasted from
 * a web page, or a file inserted as text, as an HTML, MHTML or plain-text part that Word renders where the
 * element stands. Read as the importer reads an .htm (the clipboard's HTML reader) or a .txt. A .docx or
 * .rtf chunk is not read (nothing we saw writes one).
 */
export function altChunkParagraphs(path: string, bytes: Uint8Array): SourceParagraph[] {
  const ext = /\.(\w+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 400));
  if (ext === 'mht' || ext === 'mhtml' || (/^\s*(MIME-Version|Content-Type):/im.test(head) && !/<html/i.test(head))) {
    const html = mhtHtml(bytes);
    return html === null ? [] : htmlSourceParagraphs(html);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [];
  const text = decoded.value.text;
  if (/^x?html?$/.test(ext) || isHtmlDocument(text) || /<(p|div|table|body)[\s>]/i.test(text.slice(0, 4000))) return htmlSourceParagraphs(text);
  if (ext === 'txt') return text.split(/\r?\n/).map((line) => ({ text: line }));
  return [];
}
