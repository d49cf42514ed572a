import { AlignmentType, Footer, HorizontalPositionRelativeFrom, LineRuleType, PageNumber, Paragraph, TextRun, TextWrappingType, VerticalPositionRelativeFrom } from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { Gbt9704Style } from '../gbt9704-style';
import { StyleIds } from '../docx-styles';
import { runFonts } from '../text-run';

/**
 * 页码 [Std 7.5]: 4号半角宋体 digits between 一字线, "— N —"; odd pages 居右空一字, even pages 居左空一字
 * (needs w:evenAndOddHeaders). The exact 18 pt footer line (not the body's 28.95 pt) keeps the dash 7 mm
 * below the 版心 with the calibrated footer distance.
 */
export function pageFooter(style: Gbt9704Style, side: 'odd' | 'even'): Footer {
  const font = runFonts(style.faces, 'songti');
  const size = style.sizes.pageNumber;
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, font, size, sizeComplexScript: size });
  return new Footer({
    children: [new Paragraph({
      style: StyleIds.footer,
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: style.footer.indent } : { left: style.footer.indent },
      children: [run(['— ']), run([PageNumber.CURRENT]), run([' —'])],
    })],
  });
}

const px = (mm: number) => (mm / 25.4) * 96;
const emu = (mm: number) => Math.round(mm * 36000);

/**
 * Page number of a landscape (横排表格) page at the portrait position, turned with the page [Std 8]:
 * a borderless text box anchored to the page, its text running down the sheet's left edge, ending 1 字
 * inside the 版心 (odd, right-aligned) or starting 1 字 inside it (even, left-aligned). Both sides turn
 * the same way (gbt9704-style.ts `landscapeNumber`). The footer paragraph itself is empty and tiny.
 */
export function landscapeFooter(style: Gbt9704Style, side: 'odd' | 'even'): Footer {
  const n = style.footer.landscapeNumber;
  const at = n[side];
  const size = style.sizes.pageNumber;
  const font = runFonts(style.faces, 'songti');
  const number = new Paragraph({
    style: StyleIds.footer,
    alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size, sizeComplexScript: size })],
  });
  const box = new ShapeRun({
    type: 'rectangle',
    transformation: { width: px(n.boxMm.width), height: px(n.boxMm.height) },
    line: 'none',
    textOptions: { direction: 'topToBottom', margins: { top: 0, bottom: 0, left: 0, right: 0 }, verticalAlignment: 'center', wrap: false },
    children: [number],
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, offset: emu(at.xMm - n.boxMm.width / 2) },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: emu(at.boxTopMm) },
      wrap: { type: TextWrappingType.NONE }, allowOverlap: true, behindDocument: false,
    },
  });
  return new Footer({ children: [new Paragraph({ style: StyleIds.footer, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [box] })] });
}

/** A footer with nothing in it, for unnumbered pages; its line is small so it cannot push the body. */
export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: StyleIds.footer, children: [] })] });
}
