import {
  beginText, endText, LineCapStyle, PDFDocument, rgb, setCharacterSqueeze, setFillingRgbColor, setFontAndSize, setLineWidth,
  setStrokingRgbColor, setTextMatrix, setTextRenderingMode, showText, TextRenderingMode, type PDFFont, type PDFHexString, type PDFName, type PDFOperator, type PDFPage,
} from 'pdf-lib';
import type { Face } from '../docx/gbt9704-style';
import type { ModelLine, ModelPage, PageModel } from '../docx/layout/page-model';
import { openFont, selectFace, subsetFontkit } from './subset-fontkit';

/** A font file for one typeface role; `face` names the face inside a collection (.ttc/.otc). */
export interface PdfFontFile {
  bytes: Uint8Array;
  face?: string;
}
export type PdfFonts = Record<Face, PdfFontFile>;

export interface PdfInfo {
  title: string;
  author: string;
}

/** Subset tag of PDF 32000 9.6.4: six upper-case letters, distinct per font in the document. */
function subsetTag(i: number, name: string): string {
  let h = 2166136261 ^ i;
  for (const ch of name) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  let tag = '';
  for (let k = 0; k < 6; k++) {
    tag += String.fromCharCode(65 + ((h >>> 0) % 26));
    h = Math.imul(h, 16777619) ^ k;
  }
  return tag;
}

const hex = (color: string) => {
  const n = Number.parseInt(color, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
};

/** Embedded fonts of one document, created on first use (a face nobody uses is not embedded). */
class FontBox {
  private readonly embedded = new Map<Face, Promise<PDFFont>>();
  private readonly glyphs = new Map<PDFFont, Map<string, PDFHexString>>();
  constructor(private readonly doc: PDFDocument, private readonly files: PdfFonts) {}
  font(face: Face): Promise<PDFFont> {
    let f = this.embedded.get(face);
    if (!f) {
      const file = this.files[face];
      if (file.face) selectFace(file.bytes, file.face);
      const name = (openFont(file.bytes).postscriptName ?? 'Font').replace(/[^!-~]|[[\]()<>{}/%#]/g, '');
      f = this.doc.embedFont(file.bytes, { subset: true, customName: `${subsetTag(this.embedded.size, name)}+${name}` });
      this.embedded.set(face, f);
    }
    return f;
  }
  encode(font: PDFFont, ch: string): PDFHexString {
    let map = this.glyphs.get(font);
    if (!map) this.glyphs.set(font, (map = new Map()));
    let g = map.get(ch);
    if (!g) map.set(ch, (g = font.encodeText(ch)));
    return g;
  }
}

/** Each character at its model position: the PDF shows the computed breaks and justification exactly. */
async function lineOps(line: ModelLine, page: PDFPage, pageHeight: number, fonts: FontBox): Promise<PDFOperator[]> {
  const ops: PDFOperator[] = [beginText()];
  // Model: y down, rotate clockwise; PDF: y up. Text direction and glyph matrix per rotation.
  // Direction of the baseline in model space (y down) and the glyph matrix in PDF space (y up).
  const [dirX, dirY, a, b, c, d] = line.rotate === 90 ? [0, 1, 0, -1, 1, 0] : line.rotate === -90 ? [0, -1, 0, 1, -1, 0] : [1, 0, 1, 0, 0, 1];
  for (const run of line.runs) {
    const font = await fonts.font(run.face);
    const key: PDFName = page.node.newFontDictionary(font.name, font.ref);
    const color = hex(run.color);
    ops.push(setFontAndSize(key, run.sizePt), setCharacterSqueeze(run.scale), setFillingRgbColor(color.red, color.green, color.blue));
    // Bold (only stored for body leaves): the outline stroked too, as Word does for a face without a bold weight.
    if (run.bold) ops.push(setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(run.sizePt * 0.03), setStrokingRgbColor(color.red, color.green, color.blue));
    let along = run.dx;
    [...run.text].forEach((ch, i) => {
      if (ch !== ' ') ops.push(setTextMatrix(a, b, c, d, line.x + dirX * along, pageHeight - (line.y + dirY * along)), showText(fonts.encode(font, ch)));
      along += run.advances[i] ?? 0;
    });
    if (run.bold) ops.push(setTextRenderingMode(TextRenderingMode.Fill));
  }
  ops.push(endText());
  return ops;
}

async function drawPage(doc: PDFDocument, model: ModelPage, fonts: FontBox): Promise<void> {
  const page = doc.addPage([model.widthPt, model.heightPt]);
  const h = model.heightPt;
  for (const r of model.rules) {
    page.drawLine({ start: { x: r.x0, y: h - r.y0 }, end: { x: r.x1, y: h - r.y1 }, thickness: r.width, color: hex(r.color), lineCap: LineCapStyle.Projecting });
  }
  for (const line of [...model.lines, ...(model.pageNumber ? [model.pageNumber] : [])]) {
    page.pushOperators(...(await lineOps(line, page, h, fonts)));
  }
}

/**
 * The page model as a PDF: one page per model page, every character placed where the model puts it,
 * fonts embedded as subsets (only the glyphs used). Pure: the caller passes the font files.
 */
export async function drawPdf(model: PageModel, fonts: PdfFonts, info: PdfInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(subsetFontkit);
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setCreator('计划编制助手');
  doc.setProducer('计划编制助手 (pdf-lib)');
  doc.setSubject('GB/T 9704-2012');
  doc.setLanguage('zh-CN');
  const box = new FontBox(doc, fonts);
  for (const page of model.pages) await drawPage(doc, page, box);
  return doc.save({ useObjectStreams: true });
}
