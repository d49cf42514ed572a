import type { Gbt9704Style } from '../gbt9704-style';
import { StyleIds } from '../docx-styles';
import type { RunSpec } from '../text-run';
import { turnedRunXml } from '../xml/paragraph-xml';

// The page number of a landscape (横排表格) page is a turned text box anchored to the page [Std 8]. Word
// 2010+, WPS and LibreOffice read it as a DrawingML shape (wps:wsp); Word 2007 and older WPS do not know the
// wps namespace and drop the shape — and the number with it. So the run carries the shape twice, as Word
// itself writes text boxes: mc:AlternateContent with the DrawingML shape as the Choice (Requires="wps") and
// the same box in VML (v:rect + v:textbox, layout-flow:vertical) as the Fallback. A reader takes the first
// Choice it understands, else the Fallback; both place the box by the same page offsets.

const EMU_PER_MM = 36000;
const PT_PER_MM = 72 / 25.4;
const emu = (mm: number) => Math.round(mm * EMU_PER_MM);
const pt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;

export interface LandscapeNumberBox {
  /** Box position from the page's top-left corner and size, in mm. */
  leftMm: number;
  topMm: number;
  widthMm: number;
  heightMm: number;
  /** Unique per document (wp:docPr id; Word repairs a document with duplicate ids). */
  id: number;
  /** Height of the number's (turned) line, mm: the VML box is that wide (see vmlXml). */
  lineMm: number;
}

/** "— N —" with N a PAGE field carrying a cached number, as the portrait footer writes it (page-footer.ts). */
export function numberParagraphXml(style: Gbt9704Style, side: 'odd' | 'even', cached: number): string {
  const run = (text: string): RunSpec => ({ text, face: 'songti', size: style.sizes.pageNumber });
  const faces = style.faces;
  const runs = `${turnedRunXml(faces, run('— '))}<w:fldSimple w:instr="PAGE">${turnedRunXml(faces, run(String(cached)))}</w:fldSimple>${turnedRunXml(faces, run(' —'))}`;
  return `<w:p><w:pPr><w:pStyle w:val="${StyleIds.footer}"/><w:jc w:val="${side === 'odd' ? 'right' : 'left'}"/></w:pPr>${runs}</w:p>`;
}

/** The DrawingML text box (Word 2010+, WPS, LibreOffice): borderless, text turned top-to-bottom (vert). */
function drawingXml(box: LandscapeNumberBox, content: string): string {
  const cx = emu(box.widthMm);
  const cy = emu(box.heightMm);
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  return '<w:drawing>'
    + `<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" allowOverlap="1" behindDoc="0" locked="0" layoutInCell="1" relativeHeight="${cy}">`
    + '<wp:simplePos x="0" y="0"/>'
    + `<wp:positionH relativeFrom="page"><wp:posOffset>${emu(box.leftMm)}</wp:posOffset></wp:positionH>`
    + `<wp:positionV relativeFrom="page"><wp:posOffset>${emu(box.topMm)}</wp:posOffset></wp:positionV>`
    + `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/><wp:wrapNone/>`
    + `<wp:docPr id="${box.id}" name="页码 ${box.id}"/>`
    + `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>`
    + `<a:graphic ${a}><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/>`
    + `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>`
    + `<wps:txbx><w:txbxContent>${content}</w:txbxContent></wps:txbx>`
    + '<wps:bodyPr vert="vert" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/>'
    + '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>';
}

/**
 * The same box in VML, for readers without DrawingML shapes (Word 2007, older WPS). Turned text starts at
 * the box's right edge in some readers (LibreOffice ignores v-text-anchor there) and is centred in others,
 * so the box is exactly one line wide, centred where the DrawingML box is: both readings give the same place.
 */
export function vmlXml(box: LandscapeNumberBox, content: string): string {
  const left = box.leftMm + (box.widthMm - box.lineMm) / 2;
  const css = [
    'position:absolute', `margin-left:${pt(left)}pt`, `margin-top:${pt(box.topMm)}pt`, `width:${pt(box.lineMm)}pt`, `height:${pt(box.heightMm)}pt`,
    `z-index:${box.id}`, 'mso-position-horizontal-relative:page', 'mso-position-vertical-relative:page', 'v-text-anchor:middle',
  ].join(';');
  return `<w:pict><v:rect id="页码${box.id}" style="${css}" filled="f" stroked="f">`
    + `<v:textbox style="layout-flow:vertical" inset="0,0,0,0"><w:txbxContent>${content}</w:txbxContent></v:textbox>`
    + '<w10:wrap anchorx="page" anchory="page"/></v:rect></w:pict>';
}

/** One run carrying the box twice: DrawingML as the Choice, VML as the Fallback. */
export function landscapeNumberRunXml(box: LandscapeNumberBox, content: string): string {
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawingXml(box, content)}</mc:Choice><mc:Fallback>${vmlXml(box, content)}</mc:Fallback></mc:AlternateContent></w:r>`;
}
