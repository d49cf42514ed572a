import { unzipSync } from 'fflate';
import { UserError, type Result } from '../../common/errors';
import type { SourceParagraph } from '../../common/import/import-plan';
import { DocxNumbering } from './docx-numbering';
import { HeadingLabels, headingStyles } from './docx-styles';
import { attr, xmlTokens } from './xml-tokens';

/** document.xml larger than this (uncompressed) is refused: a zip bomb, not a plan. */
const MAX_DOCUMENT_XML = 64 * 1024 * 1024;

function broken(detail: string): Result<SourceParagraph[]> {
  return UserError.fail('import.bad-docx', '这个 .docx 文件已损坏或不是 Word 文档，无法读取。请在 Word/WPS 中另存为 .docx 后重试。', detail);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'];

interface DocxParts { document: string; numbering: string | null; styles: string | null }

function unzipDocument(bytes: Uint8Array): Result<DocxParts> {
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!PARTS.includes(f.name)) return false;
        if (f.originalSize > MAX_DOCUMENT_XML) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch (e) {
    return broken(`unzip failed: ${(e as Error).message}`) as Result<never>;
  }
  if (tooLarge) return UserError.fail('import.too-large', 'Word 文档正文过大，无法导入。', 'word/document.xml exceeds the size cap');
  const xml = files['word/document.xml'];
  if (!xml) {
    return UserError.fail('import.no-document', '这个文件是压缩包，但其中没有 Word 正文（word/document.xml），不是有效的 .docx 文件。', 'zip without word/document.xml');
  }
  const utf8 = new TextDecoder('utf-8');
  const part = (name: string) => (files[name] ? utf8.decode(files[name]) : null);
  return UserError.ok({ document: utf8.decode(xml), numbering: part('word/numbering.xml'), styles: part('word/styles.xml') });
}

/** Collects a paragraph's runs: its text and the bold run it starts with (a run-in title). */
class ParagraphState {
  text = '';
  numId: string | null = null;
  ilvl = 0;
  style: string | null = null;
  bold = '';
  boldOpen = true;
  runBold = false;
  addText(t: string): void {
    if (this.boldOpen && this.runBold) this.bold += t;
    else if (t.trim()) this.boldOpen = false;
    this.text += t;
  }
}

/**
 * Paragraphs of word/document.xml: text (w:t, w:tab, w:br), the leading bold run, and tables, each row
 * as one line "cell | cell | cell |" (the shape the text importer reads as a table).
 */
export function docxParagraphs(xml: string, numbering = DocxNumbering.parse(null), headings = new Map<string, number>()): SourceParagraph[] {
  const headingLabels = new HeadingLabels();
  const out: SourceParagraph[] = [];
  // A stack: a text box (w:txbxContent) holds paragraphs inside a paragraph's run.
  const open: ParagraphState[] = [];
  let p: ParagraphState | null = null;
  // mc:Fallback repeats what mc:Choice already holds (text boxes for old readers): read it once.
  let fallback = 0;
  let inRunProps = false;
  let inText = false;
  let tableDepth = 0;
  let cell: string[] | null = null;
  let row: string[] | null = null;
  for (const tok of xmlTokens(xml)) {
    if (tok.type !== 'text' && tok.name === 'mc:Fallback' && !(tok.type === 'open' && tok.selfClosing)) {
      fallback += tok.type === 'open' ? 1 : -1;
      continue;
    }
    if (fallback > 0) continue;
    if (tok.type === 'text') {
      if (inText && p) p.addText(tok.text);
      continue;
    }
    const name = tok.name;
    if (tok.type === 'open') {
      if (name === 'w:tbl') tableDepth++;
      else if (name === 'w:tr' && tableDepth === 1) row = [];
      else if (name === 'w:tc' && tableDepth === 1) cell = [];
      else if (name === 'w:p' && !tok.selfClosing) open.push((p = new ParagraphState()));
      else if (name === 'w:r') { if (p) p.runBold = false; }
      else if (name === 'w:rPr') inRunProps = !tok.selfClosing;
      else if (name === 'w:b' && inRunProps && p) p.runBold = !/^(0|false|off)$/.test(attr(tok.attrs, 'w:val') ?? 'true');
      else if (name === 'w:t' && !tok.selfClosing) inText = true;
      else if (name === 'w:numId' && p) p.numId = attr(tok.attrs, 'w:val');
      else if (name === 'w:pStyle' && p) p.style = attr(tok.attrs, 'w:val');
      else if (name === 'w:ilvl' && p) p.ilvl = Number(attr(tok.attrs, 'w:val') ?? 0);
      else if ((name === 'w:tab') && p) p.addText('\t');
      else if ((name === 'w:br' || name === 'w:cr') && p) p.addText('\n');
      continue;
    }
    if (name === 'w:t') inText = false;
    else if (name === 'w:rPr') inRunProps = false;
    else if (name === 'w:p' && p) {
      // Automatic list numbering: the label is not in the text, so put it back (一、 （一） 1.).
      const label = !p.text.trim() ? ''
        : p.numId && p.numId !== '0' ? numbering.next(p.numId, p.ilvl)
          : headingLabel(p, headings, headingLabels, out);
      const text = label + p.text;
      if (cell) cell.push(text);
      else out.push(p.bold.trim() ? { text, bold: label + p.bold } : { text });
      open.pop();
      p = open[open.length - 1] ?? null;
    } else if (name === 'w:tc' && tableDepth === 1 && cell) {
      row?.push(cell.join('').replace(/\s*\n\s*/g, '').replace(/\|/g, '｜'));
      cell = null;
    } else if (name === 'w:tr' && tableDepth === 1 && row) {
      if (row.some((c) => c.trim())) out.push({ text: `${row.join(' | ')} |` });
      row = null;
    } else if (name === 'w:tbl') tableDepth = Math.max(0, tableDepth - 1);
  }
  return out;
}

/**
 * A heading-styled paragraph with no typed or list label gets one from its level, except a first
 * heading that is the plan's title (styled 标题 1 by some authors).
 */
function headingLabel(p: ParagraphState, headings: Map<string, number>, labels: HeadingLabels, before: SourceParagraph[]): string {
  const level = p.style ? headings.get(p.style) : undefined;
  if (!level) return '';
  const isTitle = level === 1 && !before.some((x) => x.text.trim()) && /(方案|计划|要点|意见|办法)$/.test(p.text.trim());
  return isTitle ? '' : labels.label(level, p.text);
}

export function readDocx(bytes: Uint8Array): Result<SourceParagraph[]> {
  if (!isZip(bytes)) return broken('not a zip archive');
  const xml = unzipDocument(bytes);
  if (!xml.ok) return xml;
  if (!/<w:document[\s>]/.test(xml.value.document)) return broken('word/document.xml has no w:document element');
  return UserError.ok(docxParagraphs(xml.value.document, DocxNumbering.parse(xml.value.numbering), headingStyles(xml.value.styles)));
}
