import {
  beginText, endText, LineCapStyle, PDFArray, PDFDocument, PDFNumber, PDFOperator, PDFOperatorNames, rgb, setCharacterSqueeze, setFillingRgbColor, setFontAndSize, setLineWidth,
  setStrokingRgbColor, setTextMatrix, setTextRenderingMode, TextRenderingMode, type PDFFont, type PDFHexString, type PDFName, type PDFPage,
} from 'pdf-lib';
import type { Face } from '../docx/gbt9704-style';
import type { ModelLine, ModelPage, ModelRun, PageModel } from '../docx/layout/page-model';
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

/** Whether a font file draws a character: the lookup the PDF's fallback and the glyph report (docx/glyph-report.ts) share. */
export function fontHasGlyph(file: PdfFontFile, codePoint: number): boolean {
  if (file.face) selectFace(file.bytes, file.face);
  return openFont(file.bytes).hasGlyphForCodePoint(codePoint);
}

/** Where a missing glyph is looked for: the body faces first, then the 小标宋 face (Noto CJK covers 繁体). */
const FALLBACK_ORDER: Face[] = ['fangsong', 'songti', 'kaiti', 'heiti', 'xiaobiaosong'];

/** Embedded fonts of one document, created on first use (a face nobody uses is not embedded). */
class FontBox {
  private readonly embedded = new Map<Face, Promise<PDFFont>>();
  private readonly glyphs = new Map<PDFFont, Map<string, PDFHexString>>();
  private readonly widths = new Map<PDFFont, Map<string, number>>();
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
  /**
   * Runs as drawn: a character the role's font lacks (繁体 in a GB2312 仿宋, a rare 汉字) is drawn in
   * the first other face that has it, as LibreOffice and Word substitute glyphs; positions stay the model's.
   */
  async split(runs: readonly ModelRun[]): Promise<{ run: ModelRun; font: PDFFont }[]> {
    const out: { run: ModelRun; font: PDFFont }[] = [];
    for (const run of runs) {
      const chars = [...run.text];
      let start = 0;
      let current = this.faceFor(run.face, chars[0] ?? ' ');
      const flush = async (end: number, face: Face) => {
        if (end <= start) return;
        const dx = run.dx + run.advances.slice(0, start).reduce((x, y) => x + y, 0);
        out.push({ run: { ...run, text: chars.slice(start, end).join(''), dx, advances: run.advances.slice(start, end) }, font: await this.font(face) });
      };
      for (let i = 1; i < chars.length; i++) {
        const face = this.faceFor(run.face, chars[i]!);
        if (face !== current) {
          await flush(i, current);
          start = i;
          current = face;
        }
      }
      await flush(chars.length, current);
    }
    return out;
  }
  private faceFor(face: Face, ch: string): Face {
    const cp = ch.codePointAt(0) ?? 32;
    if (cp < 0x80 || this.has(face, cp)) return face;
    return FALLBACK_ORDER.find((f) => f !== face && this.has(f, cp)) ?? face;
  }
  private has(face: Face, cp: number): boolean {
    return fontHasGlyph(this.files[face], cp);
  }
  /** The glyph's own advance in em (the font's hmtx), which TJ adjusts to the model's. */
  width(font: PDFFont, ch: string): number {
    let map = this.widths.get(font);
    if (!map) this.widths.set(font, (map = new Map()));
    let w = map.get(ch);
    if (w === undefined) map.set(ch, (w = font.widthOfTextAtSize(ch, 1000) / 1000));
    return w;
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
async function lineOps(line: ModelLine, page: PDFPage, pageHeight: number, fonts: FontBox, keys: Map<PDFFont, PDFName>): Promise<PDFOperator[]> {
  const ops: PDFOperator[] = [beginText()];
  // Model: y down, rotate clockwise; PDF: y up. Text direction and glyph matrix per rotation.
  // Direction of the baseline in model space (y down) and the glyph matrix in PDF space (y up).
  const [dirX, dirY, a, b, c, d] = line.rotate === 90 ? [0, 1, 0, -1, 1, 0] : line.rotate === -90 ? [0, -1, 0, 1, -1, 0] : [1, 0, 1, 0, 0, 1];
  const keyOf = (font: PDFFont): PDFName => {
    let key = keys.get(font);
    if (!key) keys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
    return key;
  };
  for (const part of await fonts.split(line.runs)) {
    const { run, font } = part;
    const key = keyOf(font);
    const color = hex(run.color);
    ops.push(setFontAndSize(key, run.sizePt), setCharacterSqueeze(run.scale), setFillingRgbColor(color.red, color.green, color.blue));
    // Bold (only stored for body leaves): the outline stroked too, as Word does for a face without a bold weight.
    if (run.bold) ops.push(setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(run.sizePt * 0.03), setStrokingRgbColor(color.red, color.green, color.blue));
    // One TJ per run: each glyph followed by the adjustment that makes its advance the model's
    // (PDF 32000 9.4.4: tx = (w0 − adj/1000) × Tfs × Th), so breaks and justification are exact whatever
    // the font's own widths, with a fraction of the operators of one positioned glyph each.
    const th = run.sizePt * (run.scale / 100);
    const items: (PDFHexString | PDFNumber)[] = [];
    let pending = 0;
    [...run.text].forEach((ch, i) => {
      const advance = run.advances[i] ?? 0;
      if (ch === ' ') {
        pending -= (advance / th) * 1000;
        return;
      }
      if (pending) items.push(PDFNumber.of(Math.round(pending * 100) / 100));
      items.push(fonts.encode(font, ch));
      pending = (fonts.width(font, ch) - advance / th) * 1000;
    });
    ops.push(setTextMatrix(a, b, c, d, line.x + dirX * run.dx, pageHeight - (line.y + dirY * run.dx)));
    const array = PDFArray.withContext(page.doc.context);
    for (const item of items) array.push(item);
    ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]));
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
  const keys = new Map<PDFFont, PDFName>();
  for (const line of [...model.lines, ...(model.pageNumber ? [model.pageNumber] : [])]) {
    page.pushOperators(...(await lineOps(line, page, h, fonts, keys)));
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
