import { cleanPasteText } from './clean-paste-text';

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL',
]);
const SKIP_TAGS = new Set(['STYLE', 'SCRIPT', 'HEAD', 'TITLE', 'META', 'LINK', 'XML', 'O:P', 'V:SHAPETYPE', 'V:SHAPE', 'IMG']);
const BREAK = '\n';

/** Word's list numbers live in <span style="mso-list:Ignore">1.</span>: drop them with the span. */
function isWordListMarker(el: Element): boolean {
  return /mso-list\s*:\s*ignore/i.test(el.getAttribute('style') ?? '');
}

function collect(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    // Word wraps its HTML source mid-sentence; those newlines are not text.
    out.push((node.textContent ?? '').replace(/[\r\n]+/g, ''));
    return;
  }
  if (node.nodeType !== 1) return; // comments (<!--[if !supportLists]-->) and the like
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || isWordListMarker(el)) return;
  if (tag === 'BR') {
    out.push(BREAK);
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.push(BREAK);
  for (const child of Array.from(el.childNodes)) collect(child, out);
  if (block) out.push(BREAK);
}

/**
 * Clipboard HTML from Word/WPS → one clean text per block. Only text survives: styles, classes, fonts,
 * list numbering and empty paragraphs are dropped.
 */
export function htmlToBlocks(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  collect(doc.body, out);
  return out.join('').split(BREAK).map(cleanPasteText).filter((t) => t.length > 0);
}
