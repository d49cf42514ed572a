import type { SourceParagraph } from '../import/import-plan';
import { clipboardHtmlParagraphs } from './clipboard-html';
import { flattenParagraph } from './pasted-paragraph';

/** A whole HTML document (a web page saved, Word's "另存为网页"), not a .txt holding a few tags. */
export function isHtmlDocument(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html[\s>])/i.test(text.slice(0, 2000));
}

/**
 * An HTML document's paragraphs as the importer takes them, read as pasted HTML is: blocks as
 * paragraphs, Word's list labels kept, hidden and deleted text left out, tables as `|` rows; a
 * paragraph's leading bold run is its run-in title. Word wraps its HTML source mid-sentence, so the
 * document is read whole, never line by line.
 */
export function htmlSourceParagraphs(html: string): SourceParagraph[] {
  return clipboardHtmlParagraphs(html).map(flattenParagraph).filter((p) => p.text.length > 0).map((p) => {
    let end = 0;
    while (end < p.text.length && p.bold[end]) end++;
    return end > 0 && end < p.text.length ? { text: p.text, bold: p.text.slice(0, end) } : { text: p.text };
  });
}
