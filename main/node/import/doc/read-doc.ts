import { UserError, type Result } from '../../../common/errors';
import type { SourceParagraph } from '../../../common/import/import-plan';
import { headerHeadLines } from '../docx-header';
import { DEFAULT_IMPORT_LIMITS, ImportLimitError, LimitErrors, type ImportLimits } from '../import-limits';
import { DocFormatError, type DocBytes } from './doc-bytes';
import { DocBodyReader } from './doc-body-reader';
import { docBoldRuns } from './doc-bold-runs';
import { docRedRuns } from './doc-red-runs';
import { OldWordError, readFib, type Fib } from './doc-fib';
import { docLists } from './doc-lists';
import { DocStyles } from './doc-styles';
import { docParagraphProps, type ParagraphProps } from './doc-paragraph-props';
import { DocPieces } from './doc-pieces';
import type { CompoundFile } from './compound-file';
import { docStreams, NotWordError } from './doc-streams';
import { firstPageHeader, textBoxes, type Story } from './doc-stories';

/** A compound file (OLE2): the container of .doc, .wps, .xls and .ppt. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** A paragraph's list label: its own list instance (0: none) or its style's, counted as Word counts. */
function listLabels(table: DocBytes, fib: Fib): (p: ParagraphProps) => string {
  const lists = docLists(table, fib.plfLst, fib.plfLfo);
  const styles = new DocStyles(table, fib.stshf);
  return (p) => {
    const byStyle = styles.list(p.istd);
    const ilfo = p.ilfo ?? byStyle?.ilfo ?? 0;
    // A negative ilfo is a paragraph that was numbered in Word 6 and no longer is.
    return ilfo > 0 ? lists.next(String(ilfo), p.ilvl ?? byStyle?.ilvl ?? 0) : '';
  };
}

/** Why a .doc cannot be read, in Chinese for the user and in English for the log. */
function refusal(e: DocFormatError): Result<never> {
  if (e instanceof NotWordError) {
    return UserError.fail('import.not-word', '这个文件不是 Word/WPS 文字文档（可能是表格、演示文稿或其他 Office 文件），无法导入。', e.message);
  }
  if (e instanceof OldWordError) {
    return UserError.fail('import.old-word', '这是 Word 95 或更早版本的文档，无法直接读取。请在 Word/WPS 中打开并另存为 .docx 后再导入。', e.message);
  }
  return UserError.fail('import.bad-doc', '这个 .doc 文件已损坏或格式无法识别，文件未导入。请在 Word/WPS 中打开并另存为 .docx 后重试。', e.message);
}

/**
 * The paragraphs of a Word 97–2003 .doc (or a WPS .wps, which keeps the same WordDocument stream): the main
 * text through the piece table, each table row as one line "cell | cell |", text boxes where they are anchored,
 * and what of the first page's header belongs to the head (标志, 文号). Footers, footnotes and comments are
 * not read.
 */
export function readDoc(input: Uint8Array | CompoundFile, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Result<SourceParagraph[]> {
  try {
    const streams = docStreams(input);
    const fib = readFib(streams.word);
    if (fib.encrypted) {
      return UserError.fail('import.encrypted', '这个 .doc 文件设置了打开密码（已加密），无法读取。请在 Word/WPS 中取消密码后另存，再导入。', 'encrypted or obfuscated .doc');
    }
    const table = streams.table(fib.tableStream);
    const pieces = DocPieces.read(table, fib.clx);
    const props = docParagraphProps(streams.word, table, fib.plcfBtePapx);
    const bold = docBoldRuns(streams.word, table, fib.plcfBteChpx);
    const red = docRedRuns(streams.word, table, fib.plcfBteChpx);
    const labels = listLabels(table, fib);
    const readStory = (story: Story, boxesAt?: (cp: number) => SourceParagraph[]) => {
      const r = new DocBodyReader((fc) => props.at(fc), (fc) => bold.at(fc), labels, limits.maxParagraphs, boxesAt, (fc) => red.at(fc));
      for (const c of DocPieces.chars(streams.word, pieces, story.from, story.to)) r.add(c);
      return r.finish();
    };
    const boxes = textBoxes(table, fib);
    // Each anchor's boxes once: a file naming one story at a thousand anchors does not multiply it.
    const boxesAt = (cp: number) => {
      const stories = boxes.get(cp) ?? [];
      boxes.delete(cp);
      return stories.flatMap((s) => readStory(s));
    };
    const body = readStory({ from: 0, to: fib.ccpText }, boxesAt);
    const header = firstPageHeader(streams.word, table, fib);
    const all = [...(header ? headerHeadLines(readStory(header), body) : []), ...body];
    if (all.length > limits.maxParagraphs) return { ok: false, error: LimitErrors.paragraphs(limits.maxParagraphs) };
    return UserError.ok(all);
  } catch (e) {
    if (e instanceof DocFormatError) return refusal(e);
    if (e instanceof ImportLimitError) return { ok: false, error: e.error };
    throw e;
  }
}
