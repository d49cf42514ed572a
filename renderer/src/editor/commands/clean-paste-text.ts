/**
 * Leading numbering a Word/WPS paragraph carries as text: 一、 （一） 1. 1、 （1） ① and bullets.
 * Our numbering is derived (docs/plan-format.md), so a pasted "1." would print twice.
 */
const LEADING_NUMBERING = new RegExp(
  '^(?:' + [
    '[一二三四五六七八九十百]+[、.．]',
    '[（(][一二三四五六七八九十百]+[)）][、.．]?',
    '\\d{1,3}[.．、](?!\\d)',
    '[（(]\\d{1,3}[)）][、.．]?',
    '[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]',
    '[•·●◆■□▪◇○]',
  ].join('|') + ')[\\s\\u00a0\\u3000]*',
);

/** One pasted block's text: no line breaks from the HTML source, no runs of spaces, no numbering. */
export function cleanPasteText(raw: string): string {
  const text = raw
    .replace(/[\r\n]+/g, '')
    .replace(/[\u00a0\t ]+/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  return text.replace(LEADING_NUMBERING, '').replace(/^[\s\u3000]+/, '');
}

/** Plain text (no HTML on the clipboard): one block per line. */
export function plainTextBlocks(text: string): string[] {
  return text.split(/\r?\n/).map(cleanPasteText).filter((t) => t.length > 0);
}
