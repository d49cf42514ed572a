import type { ImportReport } from './import-report';
import { makeLine, type Line } from './line';
import { normalizeLines } from './normalize-text';
import { rejoinRewrapped, type RejoinedLine } from './rewrapped-run-together';
import { isWebChrome, splitGluedByline } from './web-chrome';
import { restoreLostSpaces } from './lost-spaces';
import { cellLinesToRows } from './cell-lines';
import { spacedTableRows } from './space-separated-table';
import { isChromeTail } from './chrome-tail';
import { stripHtml, stripPinyinGlosses, tonelessGlosses } from './pinyin-glosses';
import { stripMarkdownHeading } from './markdown-heading';
import { closeCutMarkdownRow } from './close-cut-markdown-row';
import { stripSharingAdverts } from './sharing-advert';

/** A paragraph of the source: plain text, or a .docx paragraph with the bold run it starts with. */
export interface SourceParagraph {
  text: string;
  bold?: string;
  /** Its number is Word's automatic list label (a .doc's or .docx's list), not typed: it ends where Word ends it. */
  listed?: true;
  /** Every visible character is set red (a .doc's or .docx's): GB/T 9704's colour for the 发文机关标志. */
  red?: true;
  /** A spreadsheet row: whole as the sheet holds it, never a line a page broke (a title, then its maker's office). */
  whole?: true;
}

/**
 * A table row copied from Word into a .txt keeps its cells apart with TABs ("1\t推进…\t县发改局\t12月底"):
 * written as a `|` row (the form the table reader takes), so it is not glued to the next line as prose.
 */
function tabRow(text: string): string {
  // The 版记's "印发机关\t印发日期印发" line is set with a TAB too; it is not a table row.
  if (!text.includes('\t') || /印发\s*$/.test(text)) return text.trim();
  // One TAB per cell boundary: an empty cell ("A\t\tB") keeps its place, so later columns stay aligned.
  // A line of two or more TABs is a row even with one cell filled (a group row "\t一、厕所革命\t\t\t"):
  // its cells keep their columns. One TAB between two words may be a row of two cells, never one.
  // Indentation is TABs before the text only; a group row has empty cells after its text too.
  const group = /\S[^\S\n]*\t/.test(text) && (text.match(/\t/g) ?? []).length >= 2;
  const cells = (group ? text.replace(/\s+$/, '') : text.trim()).split(/\t/).map((c) => c.trim());
  const filled = cells.filter(Boolean).length;
  return filled >= 2 || (group && filled === 1) ? `${cells.join(' | ')} |` : text.replace(/\t+/g, ' ').trim();
}

/** A line cut where a byline was glued to it; each piece keeps the mark of a line joined back. */
function piecesOf(l: RejoinedLine): Array<{ raw: string; rewrapped?: number }> {
  return splitGluedByline(l.text).map((raw) => (l.rewrapped !== undefined ? { raw, rewrapped: l.rewrapped } : { raw }));
}

/** What cleaning took out or put back, for the report. */
interface Cleaned { glosses: number; adverts: number; rewraps: number; html: boolean }

function reportCleaning(report: ImportReport, c: Cleaned): void {
  if (c.rewraps) report.recognised.push(`原文是连成一行的网页又按页宽断了行（如打印成 PDF 后复制），已把 ${c.rewraps} 处断行接回原来的一行`);
  if (c.glosses) report.recognised.push(`去除了网页转换时夹在字后的拼音注音 ${c.glosses} 处（如“發(fā)”）`);
  if (c.adverts) report.recognised.push(`去除了文档分享网站插在段落末尾的广告 ${c.adverts} 处（如“【更多文档，添加QQ：】”）`);
  if (c.html) report.recognised.push('原文是网页的 HTML 代码，已去除标签，按段落导入');
}

/** A paragraph's lines as the copy shows them, one-line pages broken again joined back (counted in `c`). */
function paragraphPieces(text: string, c: Cleaned): Array<{ raw: string; rewrapped?: number }> {
  const rejoined = rejoinRewrapped(normalizeLines(text.split('\n').map(restoreLostSpaces).join('\n')));
  for (const l of rejoined) c.rewraps += l.joins ?? 0;
  return rejoined.flatMap(piecesOf);
}

export function toLines(paragraphs: readonly SourceParagraph[], report: ImportReport): Line[] {
  const lines: Line[] = [];
  const cleaned: Cleaned = { glosses: 0, adverts: 0, rewraps: 0, html: false };
  // Toneless glosses are counted over the whole document, not one .docx paragraph at a time.
  const toneless = paragraphs.reduce((n, p) => n + tonelessGlosses(p.text), 0) >= 3;
  // The chrome line just dropped, whose rest a PDF page may have sent to the next line.
  let dropped: string | null = null;
  for (const p of paragraphs) {
    const h = stripHtml(p.text);
    cleaned.html ||= h.stripped;
    const ad = stripSharingAdverts(h.text);
    cleaned.adverts += ad.count;
    const g = stripPinyinGlosses(ad.text, toneless);
    cleaned.glosses += g.count;
    // A paragraph broken with soft line breaks (a .docx's w:br; the reader has joined a sentence's page
    // wraps) is read as the lines it shows, as a .txt's: a title on two lines is joined like a .txt's
    // title lines; a 署名, a date or a task ended with Shift+Enter stays a line. Only the first line
    // starts with the paragraph's bold run.
    const first = lines.length;
    paragraphPieces(g.text, cleaned).forEach(({ raw, rewrapped }, i) => {
      const text = tabRow(stripMarkdownHeading(raw));
      if (isWebChrome(text) || (dropped !== null && isChromeTail(dropped, text))) {
        report.droppedLines.push(text);
        dropped = isWebChrome(text) ? text : null;
      } else {
        const made = makeLine(text, (i === 0 && p.bold?.trim()) || undefined);
        const line: Line = rewrapped !== undefined ? { ...made, rewrapped } : made;
        lines.push(p.red ? { ...line, red: true } : line);
        dropped = null;
      }
    });
    // A paragraph Word numbered with its list ends where Word ended it: never a line a page broke.
    if (p.listed && lines.length > first) lines[lines.length - 1] = { ...lines[lines.length - 1]!, listEnd: true };
    if (p.whole && lines.length > first) lines[lines.length - 1] = { ...lines[lines.length - 1]!, whole: true };
  }
  const spaced = spacedTableRows(lines);
  if (spaced.tables) report.recognised.push(`${spaced.tables} 个表格的单元格之间只有空格，已按表头拆分为各列`);
  const cells = cellLinesToRows(spaced.lines);
  if (cells.tables) report.recognised.push(`${cells.tables} 个表格原为一格一行，已按序号还原为一行一条`);
  reportCleaning(report, cleaned);
  return closeCutMarkdownRow(cells.lines);
}
