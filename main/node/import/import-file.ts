import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { MAX_IMPORT_BYTES } from '../../common/api/import-contract';
import { UserError, type Result } from '../../common/errors';
import { importPlan, type ImportResult, type SourceParagraph } from '../../common/import/import-plan';
import { htmlSourceParagraphs, isHtmlDocument } from '../../common/paste/html-source-paragraphs';
import { decodeText } from './decode-text';
import { DEFAULT_IMPORT_LIMITS, LimitErrors, type ImportLimits } from './import-limits';
import { isZip, readDocx } from './read-docx';
import { isCompoundFile, readDoc } from './doc/read-doc';
import { LOST, repairMojibake, type MojibakeRepair } from './mojibake';
import { isWorkbookPackage, readXlsx } from './xlsx/read-xlsx';
import type { WorkbookText } from './xlsx/workbook-text';
import { readXls } from './xls/read-xls';
import { CompoundFile } from './doc/compound-file';
import { zipEntries } from './zip-reader';

export interface ImportFileOptions {
  /** Convert traditional characters to simplified (opencc-js). */
  simplify?: boolean;
}

let converter: ((s: string) => string) | null = null;

/** Traditional (OpenCC "t") → Simplified Chinese as used in the mainland ("cn"). */
export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}

function tooLarge(size: number): Result<never> {
  return UserError.fail('import.too-large', `文件过大（${(size / 1048576).toFixed(1)} MB），超过 ${MAX_IMPORT_BYTES / 1048576} MB 的导入上限。计划正文通常不到 1 MB，请确认选择的文件。`,
    `import of ${size} bytes exceeds ${MAX_IMPORT_BYTES}`);
}

/**
 * Import a plan from a file's bytes; the name's extension picks the reader, else the bytes are sniffed.
 * Never throws: an unexpected failure is a Chinese message too, and nothing is half-created.
 */
export function importBytes(bytes: Uint8Array, fileName: string, opts: ImportFileOptions = {}, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Result<ImportResult> {
  try {
    const result = readAndImport(bytes, fileName, opts, limits);
    return result.ok ? withinLimits(result.value, limits) : result;
  } catch (e) {
    return UserError.fail('import.failed', '导入时出现意外错误，文件未导入。请把该文件发给技术支持人员。', `import of ${fileName} threw: ${(e as Error).stack ?? String(e)}`);
  }
}

/** Sections become stored documents and items editor nodes: a plan past these is refused before it is stored. */
function withinLimits(r: ImportResult, limits: ImportLimits): Result<ImportResult> {
  const { sections, measures, targets, points } = r.report.counts;
  if (sections > limits.maxSections) return { ok: false, error: LimitErrors.sections(sections, limits.maxSections) };
  const items = measures + targets + points;
  if (items > limits.maxItems) return { ok: false, error: LimitErrors.items(items, limits.maxItems) };
  return UserError.ok(r);
}

/** Lines of a text, counted without splitting it (a .txt's paragraphs). */
function lineCount(text: string, stopAfter: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && n <= stopAfter; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function readAndImport(bytes: Uint8Array, fileName: string, opts: ImportFileOptions, limits: ImportLimits): Result<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) return tooLarge(bytes.length);
  if (bytes.length === 0) return UserError.fail('import.empty', '文件是空的，没有可导入的内容。', 'empty file');
  const ext = path.extname(fileName).toLowerCase();
  const options = { fileName: path.basename(fileName), ...(opts.simplify ? { simplify: toSimplified } : {}) };
  // By the bytes, not the name: a ".doc" may be a .docx, a web page or RTF renamed, and is read as what it is.
  if (isCompoundFile(bytes)) {
    // Opened once for both readers; a broken container is refused by the reader its name points to.
    const file = CompoundFile.tryOpen(bytes);
    // WPS 表格 saves .et in Excel's binary container by default: read as .xls. Its own older form is no workbook Excel knows.
    if (file ? file.isWorkbook() : ext === '.xls' || ext === '.et') return importWorkbook(readXls(file ?? bytes, limits), ext === '.et' ? '.et' : '.xls', options);
    if (ext === '.et') return UserError.fail('import.et-format', '这个 WPS 表格文件（.et）不是 Excel 兼容格式，读不出表格。请在 WPS 表格中另存为 .xlsx 后再导入。', '.et file without a Workbook stream');
    const paras = readDoc(file ?? bytes, limits);
    if (!paras.ok) return paras;
    const result = importParagraphs(paras.value, options);
    if (result.ok) result.value.report.warnings.push(`原文是旧版 ${ext === '.wps' ? 'WPS' : 'Word'} 文档（${ext === '.wps' ? '.wps' : '.doc'}），已读出正文、表格、文本框、自动编号和首页页眉中的版头；页脚、脚注和批注未读取，请核对`);
    return result;
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  if (ext === '.pdf' || head.startsWith('%PDF')) {
    return UserError.fail('import.pdf', '不支持直接导入 PDF。请用 Word/WPS 打开后另存为 .docx，或复制正文保存为 .txt 后导入。', 'PDF file');
  }
  if (ext === '.rtf' || head.startsWith('{\\rtf')) {
    return UserError.fail('import.rtf', '不支持 RTF 格式。请在 Word/WPS 中另存为 .docx 后再导入。', 'RTF file');
  }
  const zip = isZip(bytes) ? zipKind(bytes, ext) : null;
  if (zip === 'xlsx') return importWorkbook(readXlsx(bytes, limits), '.xlsx', options);
  if (zip === 'odf') {
    return UserError.fail('import.odf', '暂不支持 OpenDocument 格式（.odt/.ods）。请在 WPS/Word/Excel 中另存为 .docx 或 .xlsx 后再导入。', 'OpenDocument package');
  }
  if (ext === '.docx' || isZip(bytes)) {
    const paras = readDocx(bytes, limits);
    return paras.ok ? importParagraphs(paras.value, options) : paras;
  }
  const text = decodeText(bytes);
  if (!text.ok) return text;
  if (lineCount(text.value.text, limits.maxParagraphs) > limits.maxParagraphs) return { ok: false, error: LimitErrors.paragraphs(limits.maxParagraphs) };
  const fix = repairMojibake(text.value.text);
  if ((ext === '.htm' || ext === '.html') || isHtmlDocument(fix.text)) return importHtml(fix, options, limits);
  return reportMojibake(importPlan(fix.text, options), [fix]);
}

/** A Word document's paragraphs, each mended if it is mojibake (a copy's text pasted into Word). */
function importParagraphs(paras: readonly SourceParagraph[], options: Parameters<typeof importPlan>[1]): Result<ImportResult> {
  const fixes = paras.map((p) => repairMojibake(p.text));
  const fixed = paras.map((p, i) => (fixes[i]!.repaired || fixes[i]!.shifted ? { text: fixes[i]!.text } : p));
  return reportMojibake(importPlan(fixed, options), fixes);
}

/**
 * A zip is read as what its parts say (a workbook renamed .docx is a workbook, a document renamed .xlsx a
 * document); a broken zip by its name, so its reader says what is wrong with it.
 */
function zipKind(bytes: Uint8Array, ext: string): 'xlsx' | 'docx' | 'odf' {
  try {
    const names = zipEntries(bytes).map((e) => e.name);
    if (isWorkbookPackage(names)) return 'xlsx';
    if (names.includes('word/document.xml')) return 'docx';
    // ODF 1.2 3.3: an OpenDocument package (LibreOffice's .odt/.ods, WPS's export) names its type in "mimetype".
    if (names.includes('mimetype') && names.includes('content.xml')) return 'odf';
  } catch {
    // Broken: decided by the name below.
  }
  return ext === '.xlsx' || ext === '.et' ? 'xlsx' : 'docx';
}

/** An Excel workbook (a 任务分解表 kept in Excel): its visible sheets' rows read as a document's table rows. */
function importWorkbook(book: Result<WorkbookText>, ext: '.xlsx' | '.xls' | '.et', options: Parameters<typeof importPlan>[1]): Result<ImportResult> {
  if (!book.ok) return book;
  const result = importParagraphs(book.value.paragraphs, options);
  if (!result.ok) return result;
  const report = result.value.report;
  const kind = ext === '.et' ? 'WPS 表格（.et，Excel 兼容格式）' : `Excel 表格（${ext}）`;
  report.recognised.push(`原文是 ${kind}，已按行读取工作表：${book.value.sheets.join('、')}；合并单元格的内容用于其所跨的每一行`);
  if (book.value.hidden.length) report.warnings.push(`隐藏的工作表未导入：${book.value.hidden.join('、')}`);
  return result;
}

/** A web page or Word's "另存为网页" (.htm): read as a document, not as a text with tags in it. */
function importHtml(fix: MojibakeRepair, options: Parameters<typeof importPlan>[1], limits: ImportLimits): Result<ImportResult> {
  // A page on one source line can still hold a million paragraphs: counted after reading, as a .docx's are.
  const paragraphs = htmlSourceParagraphs(fix.text);
  if (paragraphs.length > limits.maxParagraphs) return { ok: false, error: LimitErrors.paragraphs(limits.maxParagraphs) };
  const result = reportMojibake(importPlan(paragraphs, options), [fix]);
  if (result.ok) result.value.report.recognised.push('原文是网页文件（HTML），已按网页上的段落和表格导入');
  return result;
}

/** What the mojibake repair did, in the report (in Chinese): lines given back, characters lost, lines left. */
function reportMojibake(result: Result<ImportResult>, fixes: readonly MojibakeRepair[]): Result<ImportResult> {
  if (!result.ok) return result;
  const repaired = fixes.reduce((n, f) => n + f.repaired, 0);
  const lost = fixes.reduce((n, f) => n + f.lost, 0);
  const left = fixes.reduce((n, f) => n + f.unrepaired.length, 0);
  const shifted = fixes.reduce((n, f) => n + f.shifted, 0);
  const sample = fixes.flatMap((f) => f.shiftedSamples)[0] ?? '';
  const report = result.value.report;
  if (shifted) report.warnings.push(`文中有 ${shifted} 处乱码是 GBK 文字错开一个字节读出的（如“${sample.slice(0, 12)}”），已还原；每处两端的半个字已丢失，以“${LOST}”标出，请对照原文补上`);
  if (repaired) report.warnings.push(`文中有 ${repaired} 行乱码（UTF-8 文字曾被当作 GBK 打开后保存），已还原${lost ? `；其中 ${lost} 个字在乱码中已丢失，以“${LOST}”标出，请对照原文补上` : ''}`);
  if (left) report.warnings.push(`文中有 ${left} 行疑似乱码，未能还原，请对照原文核对`);
  return result;
}

/** The CLI's entry: the size is checked before the file is read. */
export async function importFilePath(file: string, opts: ImportFileOptions = {}, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<Result<ImportResult>> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) return UserError.fail('file.missing', `找不到文件：${file}`, `no such file ${file}`);
  if (stat.size > MAX_IMPORT_BYTES) return tooLarge(stat.size);
  return importBytes(new Uint8Array(await fs.readFile(file)), file, opts, limits);
}
