import { AlignmentType, Footer, ImportedXmlComponent, LineRuleType, Paragraph, SimpleField, TextRun } from 'docx';
import type { Gbt9704Style } from '../gbt9704-style';
import { StyleIds } from '../docx-styles';
import { textRuns } from '../text-run';
import { landscapeNumberRunXml, numberParagraphXml } from './landscape-number-xml';

/** The first page of a parity at or after a section's first page: the number its footer shows first. */
export function firstPageOf(side: 'odd' | 'even', sectionStart: number): number {
  return (sectionStart % 2 === 1) === (side === 'odd') ? sectionStart : sectionStart + 1;
}

/** `<w:fldSimple w:instr="PAGE">` whose cached result is a formatted run (docx's own writes a bare `w:r`). */
class PageField extends SimpleField {
  constructor(cached: TextRun) {
    super('PAGE');
    this.root.push(cached);
  }
}

/**
 * "— N —" with N a PAGE field that carries a cached result (the section's first page of that parity):
 * Word, WPS and LibreOffice recompute it, previewers that show fields as stored (no layout) print the
 * cached number instead of nothing.
 */
function numberRuns(style: Gbt9704Style, cached: number): (TextRun | SimpleField)[] {
  const text = (t: string) => textRuns(style.faces, { text: t, face: 'songti', size: style.sizes.pageNumber });
  return [...text('— '), new PageField(text(String(cached))[0]!), ...text(' —')];
}

/**
 * 页码 [Std 7.5]: 4号半角宋体 digits between 一字线, "— N —"; odd pages 居右空一字, even pages 居左空一字
 * (needs w:evenAndOddHeaders). The exact 18 pt footer line (not the body's 28.95 pt) keeps the dash 7 mm
 * below the 版心 with the calibrated footer distance. `sectionStart`: the section's first page number.
 */
export function pageFooter(style: Gbt9704Style, side: 'odd' | 'even', sectionStart = 1): Footer {
  return new Footer({
    children: [new Paragraph({
      style: StyleIds.footer,
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: style.footer.indent } : { left: style.footer.indent },
      children: numberRuns(style, firstPageOf(side, sectionStart)),
    })],
  });
}

/**
 * Page number of a landscape (横排表格) page at the portrait position, turned with the page [Std 8]:
 * a borderless text box anchored to the page, its text running down the sheet's left edge, ending 1 字
 * inside the 版心 (odd, right-aligned) or starting 1 字 inside it (even, left-aligned). Both sides turn
 * the same way (gbt9704-style.ts `landscapeNumber`). The box is written as DrawingML with a VML fallback
 * for readers that drop DrawingML shapes (landscape-number-xml.ts). The footer paragraph itself is tiny.
 */
export function landscapeFooter(style: Gbt9704Style, side: 'odd' | 'even', sectionStart = 1): Footer {
  const n = style.footer.landscapeNumber;
  const at = n[side];
  const box = {
    leftMm: at.xMm - n.boxMm.width / 2, topMm: at.boxTopMm, widthMm: n.boxMm.width, heightMm: n.boxMm.height,
    // wp:docPr ids are unique in the document: one odd and one even footer per landscape section.
    id: 1000 + 2 * sectionStart + (side === 'odd' ? 0 : 1),
    lineMm: (style.footer.line / 20) * (25.4 / 72),
  };
  const run = ImportedXmlComponent.fromXmlString(landscapeNumberRunXml(box, numberParagraphXml(style, side, firstPageOf(side, sectionStart))));
  // docx types a paragraph's children as its own run classes; an imported run is written as it is.
  return new Footer({ children: [new Paragraph({ style: StyleIds.footer, spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [run as unknown as TextRun] })] });
}

/** A footer with nothing in it, for unnumbered pages; its line is small so it cannot push the body. */
export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: StyleIds.footer, children: [] })] });
}
