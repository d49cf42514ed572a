import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Gbt9704Style } from './gbt9704-style';
import { StyleIds } from './docx-styles';
import { runFonts } from './text-run';

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

/** A footer with nothing in it, for unnumbered pages; its line is small so it cannot push the body. */
export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: StyleIds.footer, children: [] })] });
}
