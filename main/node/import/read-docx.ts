import { UserError, type Result } from '../../common/errors';
import type { SourceParagraph } from '../../common/import/import-plan';
import { ListNumbering } from './list-numbering';
import { DocxBodyReader } from './docx-body-reader';
import { paragraphStyles, type ParagraphStyles } from './docx-styles';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, type ImportLimits } from './import-limits';
import { XmlError, xmlTokens } from './xml-tokens';
import { ZipError } from './zip-reader';
import { altChunkParagraphs } from './docx-alt-chunk';
import { firstPageHeaderId, headerHeadLines } from './docx-header';
import { DocxPackage, PartEncodingError } from './docx-package';
import { documentRelationships } from './docx-relationships';

function broken(detail: string): Result<SourceParagraph[]> {
  return UserError.fail('import.bad-docx', '这个 .docx 文件已损坏或不是 Word 文档，无法读取。请在 Word/WPS 中另存为 .docx 后重试。', detail);
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const DOCUMENT = 'word/document.xml';

/** The parts the reader uses, read through one budget; an embedded part's paragraphs by relationship id. */
interface DocxParts { document: string; numbering: string | null; styles: string | null; header: string | null; chunk: (relId: string) => SourceParagraph[] }

/**
 * The body, numbering and styles, the first page's header (docx-header.ts) and a reader of embedded
 * parts (w:altChunk). A part whose size or checksum differs from what the zip declares is an error,
 * never a silently shortened text.
 */
function openParts(pkg: DocxPackage, document: string): DocxParts {
  const rels = documentRelationships(pkg.text('word/_rels/document.xml.rels'));
  const headerId = firstPageHeaderId(document);
  const headerRel = headerId ? rels.get(headerId) : undefined;
  const chunk = (relId: string) => {
    const rel = rels.get(relId);
    const bytes = rel?.type === 'aFChunk' ? pkg.raw(rel.target) : null;
    return rel && bytes ? altChunkParagraphs(rel.target, bytes) : [];
  };
  return {
    document, numbering: pkg.text('word/numbering.xml'), styles: pkg.text('word/styles.xml'),
    header: headerRel?.type === 'header' ? pkg.text(headerRel.target) : null, chunk,
  };
}

/**
 * Paragraphs of word/document.xml: text (w:t, w:tab, w:br), the leading bold run, and tables, each row
 * as one line "cell | cell | cell |" (the shape the text importer reads as a table).
 */
export function docxParagraphs(
  xml: string, numbering = ListNumbering.parse(null), styles: ParagraphStyles = paragraphStyles(null), maxParagraphs = DEFAULT_IMPORT_LIMITS.maxParagraphs,
  chunk?: (relId: string) => SourceParagraph[],
): SourceParagraph[] {
  const reader = new DocxBodyReader(numbering, styles, maxParagraphs, chunk);
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
  const part = (name: string, text: string) => (e: XmlError): Result<never> => UserError.fail('import.bad-xml',
    `这个 .docx 文件已损坏：${name} ${e.where(text)}处${e.zh}，文件未导入。请在 Word/WPS 中打开并另存为 .docx 后重试。`,
    `${name} is not well-formed: ${e.message}`);
  let stage = { name: DOCUMENT, text: '' };
  try {
    const pkg = new DocxPackage(bytes, limits);
    const document = pkg.text(DOCUMENT);
    if (document === null) {
      return UserError.fail('import.no-document', '这个文件是压缩包，但其中没有 Word 正文（word/document.xml），不是有效的 .docx 文件。', 'zip without word/document.xml');
    }
    if (!/<w:document[\s>]/.test(document)) return broken('word/document.xml has no w:document element');
    stage = { name: 'word/_rels/document.xml.rels', text: '' };
    const parts = openParts(pkg, document);
    stage = { name: 'word/styles.xml', text: parts.styles ?? '' };
    const styles = paragraphStyles(parts.styles);
    stage = { name: 'word/numbering.xml', text: parts.numbering ?? '' };
    const numbering = ListNumbering.parse(parts.numbering, styles.numbered);
    stage = { name: DOCUMENT, text: document };
    const body = docxParagraphs(document, numbering, styles, limits.maxParagraphs, parts.chunk);
    stage = { name: 'word/header (first page)', text: parts.header ?? '' };
    const header = parts.header ? headerHeadLines(docxParagraphs(parts.header, numbering, styles, limits.maxParagraphs), body) : [];
    return UserError.ok([...header, ...body]);
  } catch (e) {
    if (e instanceof XmlError) return part(stage.name, stage.text)(e);
    if (e instanceof ZipError || e instanceof ImportLimitError) return { ok: false, error: e.error };
    if (e instanceof PartEncodingError) {
      return UserError.fail('import.bad-docx', `这个 .docx 文件已损坏：${e.part} 不是有效的 UTF-8 文本，文件未导入。`, e.message);
    }
    throw e;
  }
}
