import type { Face } from '../gbt9704-style';

/**
 * The export's pages as drawable content: every line with its text, position, typeface and size, the
 * rules (红线, 版记 rules, table borders) and the page numbers. Built from the same flows, measurements
 * and pagination as the .docx (compose-page-model.ts), so the PDF and the 打印预览 show the pages the
 * exporter computed. Units: points, origin at the page's top-left corner, y downwards.
 */
export interface ModelRun {
  text: string;
  face: Face;
  sizePt: number;
  /** Horizontal scale in percent (the body condenses to 98 so 28 字 fill a line). */
  scale: number;
  /** RGB hex without '#'. */
  color: string;
  bold: boolean;
  /** Offset of the run's first character from the line origin, along the baseline. */
  dx: number;
  /** Advance of each character (points), the justification space included; drawers place characters by it. */
  advances: number[];
}

export interface ModelLine {
  /** Origin: where the line's baseline starts. */
  x: number;
  y: number;
  /** Turned text (横排表格 page numbers): degrees clockwise on the page. */
  rotate?: 90 | -90;
  runs: ModelRun[];
}

export interface ModelRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Stroke width in points. */
  width: number;
  color: string;
}

export type PageRole = 'text' | 'blank' | 'imprint';

export interface ModelPage {
  /** Physical page number, 1-based. */
  number: number;
  orientation: 'portrait' | 'landscape';
  widthPt: number;
  heightPt: number;
  lines: ModelLine[];
  rules: ModelRule[];
  /** The printed "— N —", or null on unnumbered pages [Std 7.5]. */
  pageNumber: ModelLine | null;
}

export interface PageModel {
  pages: ModelPage[];
}

/** The text of a line (for tests, the preview's accessible text and the render comparison). */
export function lineText(line: ModelLine): string {
  return line.runs.map((r) => r.text).join('');
}
