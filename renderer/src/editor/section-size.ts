import type { Descendant } from 'slate';

/** Of the page's text: how many characters fill a line and how tall a line is, in CSS px. */
export interface LineMetrics {
  charsPerLine: number;
  linePx: number;
}

type Node = Descendant & { type?: string; children?: Descendant[]; leadUnits?: string[]; supportUnits?: string[] };

/**
 * The size a section not laid out yet is given (content-visibility skips it), from its text alone.
 * A wrong guess moves everything below when the section lays out: an outline jump or a click right after
 * opening lands hundreds of px off (a one-line section guessed at a fixed 800 px was 567 px too tall).
 */
export const SectionSize = {
  /** Lines a body takes: each block from a new line, its first indented two characters (GB/T 9704 body). */
  lines(nodes: readonly Descendant[], m: LineMetrics): number {
    let lines = 0;
    for (const node of nodes as readonly Node[]) lines += blockLines(node, m.charsPerLine);
    return lines;
  },

  /** The section's height in px: its heading's text and its body's lines. */
  px(headingText: string, nodes: readonly Descendant[], m: LineMetrics): number {
    const heading = headingText ? textLines(headingText.length, m.charsPerLine) : 0;
    const body = Math.max(1, SectionSize.lines(nodes, m));
    return Math.round((heading + body) * m.linePx);
  },

  /**
   * The page as styles.css draws it (`.page`): a 156 mm text block (210 mm less 26 + 28 mm margins) of 16 pt
   * characters, lines 28.95 pt apart. Constants, not read from the page: reading its width while the page
   * renders would lay the whole page out once more.
   */
  PAGE: { charsPerLine: Math.floor((156 / 25.4) * 72 / 16), linePx: (28.95 * 96) / 72 } satisfies LineMetrics,
};

function textLines(chars: number, perLine: number): number {
  return Math.max(1, Math.ceil((chars + 2) / perLine));
}

function blockLines(node: Node, perLine: number): number {
  if (!node.children) return 0;
  if (node.type === 'table') {
    // A row is as tall as its fullest cell; a cell is its column's share of the line.
    let lines = 0;
    for (const row of node.children as Node[]) {
      const cells = (row.children ?? []) as Node[];
      const share = Math.max(2, Math.floor(perLine / Math.max(1, cells.length)));
      lines += Math.max(1, ...cells.map((c) => ((c.children ?? []) as Node[]).reduce((n, b) => n + blockLines(b, share), 0)));
    }
    return lines;
  }
  let chars = 0;
  for (const child of node.children as Node[]) chars += 'text' in child && typeof child.text === 'string' ? child.text.length : 0;
  // An item shows its label before its text and its units after it (the notation and the names).
  if (node.type === 'item') chars += 3;
  const units = [...(node.leadUnits ?? []), ...(node.supportUnits ?? [])];
  if (units.length > 0) chars += units.join('、').length + 8;
  return textLines(chars, perLine);
}
