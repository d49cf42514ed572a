import { UserError, type Result } from '../../common/errors';
import type { SourceParagraph } from '../../common/import/import-plan';
import { DocxNumbering } from './docx-numbering';
import { DocxBodyReader } from './docx-body-reader';
import { paragraphStyles, type ParagraphStyles } from './docx-styles';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, type ImportLimits } from './import-limits';
import { XmlError, xmlTokens } from './xml-tokens';
import { readEntry, ZipError, zipEntries } from './zip-reader';

function broken(detail: string): Result<SourceParagraph[]> {
  return UserError.fail('import.bad-docx', '这个 .docx 文件已损坏或不是 Word 文档，无法读取。请在 Word/WPS 中另存为 .docx 后重试。', detail);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const DOCUMENT = 'word/document.xml';
const PARTS = [DOCUMENT, 'word/numbering.xml', 'word/styles.xml'];

interface DocxParts { document: string; numbering: string | null; styles: string | null }

/**
 * The parts we read, inflated within one budget of real (not declared) bytes; a part whose size or
 * checksum differs from what the zip declares is an error, never a silently shortened text.
 */
function unzipDocument(bytes: Uint8Array, limits: ImportLimits): Result<DocxParts> {
  const budget = { left: limits.maxInflatedBytes, limit: limits.maxInflatedBytes };
  const texts = new Map<string, string>();
  try {
    const entries = zipEntries(bytes);
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const name of PARTS) {
      const entry = entries.find((e) => e.name === name);
      if (!entry) continue;
      const raw = readEntry(bytes, entry, budget);
      try {
        texts.set(name, utf8.decode(raw));
      } catch {
        return UserError.fail('import.bad-docx', `这个 .docx 文件已损坏：${name} 不是有效的 UTF-8 文本，文件未导入。`, `${name} is not valid UTF-8`);
      }
    }
  } catch (e) {
    if (e instanceof ZipError || e instanceof ImportLimitError) return { ok: false, error: e.error };
    throw e;
  }
  const document = texts.get(DOCUMENT);
  if (document === undefined) {
    return UserError.fail('import.no-document', '这个文件是压缩包，但其中没有 Word 正文（word/document.xml），不是有效的 .docx 文件。', 'zip without word/document.xml');
  }
  return UserError.ok({ document, numbering: texts.get('word/numbering.xml') ?? null, styles: texts.get('word/styles.xml') ?? null });
}

/**
 * Paragraphs of word/document.xml: text (w:t, w:tab, w:br), the leading bold run, and tables, each row
 * as one line "cell | cell | cell |" (the shape the text importer reads as a table).
 */
export function docxParagraphs(
  xml: string, numbering = DocxNumbering.parse(null), styles: ParagraphStyles = paragraphStyles(null), maxParagraphs = DEFAULT_IMPORT_LIMITS.maxParagraphs,
): SourceParagraph[] {
  const reader = new DocxBodyReader(numbering, styles, maxParagraphs);
  // mc:Fallback repeats what mc:Choice already holds (text boxes for old readers): read it once.
  let fallback = 0;
  for (const tok of xmlTokens(xml)) {
    if (tok.type !== 'text' && tok.name === 'mc:Fallback' && !(tok.type === 'open' && tok.selfClosing)) {
      fallback += tok.type === 'open' ? 1 : -1;
    } else if (fallback > 0) {
      continue;
    } else if (tok.type === 'text') {
      reader.text(tok.text);
    } else if (tok.type === 'open') {
      reader.open(tok.name, tok.attrs, tok.selfClosing);
    } else {
      reader.close(tok.name);
    }
  }
  return reader.finish();
}

/** The paragraphs of a .docx; broken zips, lying sizes, malformed XML and passed limits are errors. */
export function readDocx(bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Result<SourceParagraph[]> {
  if (!isZip(bytes)) return broken('not a zip archive');
  const xml = unzipDocument(bytes, limits);
  if (!xml.ok) return xml;
  if (!/<w:document[\s>]/.test(xml.value.document)) return broken('word/document.xml has no w:document element');
  const part = (name: string, text: string) => (e: XmlError): Result<never> => UserError.fail('import.bad-xml',
    `这个 .docx 文件已损坏：${name} ${e.where(text)}处${e.zh}，文件未导入。请在 Word/WPS 中打开并另存为 .docx 后重试。`,
    `${name} is not well-formed: ${e.message}`);
  let stage = { name: 'word/styles.xml', text: xml.value.styles ?? '' };
  try {
    const styles = paragraphStyles(xml.value.styles);
    stage = { name: 'word/numbering.xml', text: xml.value.numbering ?? '' };
    const numbering = DocxNumbering.parse(xml.value.numbering, styles.numbered);
    stage = { name: DOCUMENT, text: xml.value.document };
    return UserError.ok(docxParagraphs(xml.value.document, numbering, styles, limits.maxParagraphs));
  } catch (e) {
    if (e instanceof XmlError) return part(stage.name, stage.text)(e);
    if (e instanceof ImportLimitError) return { ok: false, error: e.error };
    throw e;
  }
}
