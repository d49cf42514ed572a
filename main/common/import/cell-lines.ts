import { fold, makeLine, type Line } from './line';
import { fillMerged, placeCells } from './short-rows';

/** A column heading of a task table ("目  标  任  务", "分 管 县领导", "牵头责任单位", "2022年预期目标"). */
const HEADING = /任务|目标|指标|类别|领域|单位|部门|股室|科室|处室|领导|责任人|时限|时间|内容|措施|举措|事项|项目|牵头|配合|协办|备注|进度|名称|分工/;
/** Columns whose cells hold unit names. */
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;
/** A group row between the rows of a flattened table ("一、主要经济社会发展指标…"). */
const GROUP = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

const bare = (l: Line) => l.text.replace(/\s*[|｜]\s*$/, '').trim();
const numberOf = (l: Line) => (/^\d{1,3}$/.test(bare(l)) ? Number(bare(l)) : null);

/**
 * A unit cell holds names, not a sentence: a line with a full stop, or a long one without a 、/，list,
 * is the task cell's next paragraph (a cell of two paragraphs flattens to two lines, like two cells).
 */
function looksLikeUnits(text: string): boolean {
  if (/[。；;：:]/.test(text) || text.length > 60) return false;
  return text.length <= 16 || /[、，,]/.test(text);
}

/** A row starts here: its number, or a group row right before a number. */
function rowStarts(lines: readonly Line[], j: number): boolean {
  const l = lines[j];
  if (!l) return false;
  if (numberOf(l) !== null) return true;
  const next = lines[j + 1];
  return GROUP.test(bare(l)) && next !== undefined && numberOf(next) !== null;
}

/**
 * The header of a table set one cell a line: "序号" then two or more headings, one naming units. A heading
 * over two lines ("责任股室" / "(单位)") is one. Returns the headings and how many lines they take.
 */
function headerAt(lines: readonly Line[], i: number): { header: string[]; span: number } | null {
  if (!/^(序号|编号)$/.test(fold(bare(lines[i]!)).replace(/\s/g, ''))) return null;
  const header = ['序号'];
  let j = i + 1;
  for (; j < lines.length && header.length < 9; j++) {
    const h = fold(bare(lines[j]!)).replace(/\s/g, '');
    if (/^\([^()]{1,6}\)$/.test(h) && header.length > 1) {
      header[header.length - 1] += h;
      continue;
    }
    if (h.length > 16 || !HEADING.test(h) || /^\d+$/.test(h) || GROUP.test(h)) break;
    header.push(h);
  }
  if (header.length < 3 || !header.some((h) => UNITS_COL.test(h))) return null;
  return rowStarts(lines, j) ? { header, span: j - i } : null;
}

/** One row from its number line: cells in column order, a unit column's non-unit line joined to the cell before. */
function readRow(lines: readonly Line[], start: number, header: readonly string[]): { cells: string[]; end: number; placed: boolean } {
  const n = numberOf(lines[start]!)!;
  let end = start + 1;
  while (end < lines.length && numberOf(lines[end]!) !== n + 1 && !GROUP.test(bare(lines[end]!)) && !/^附件\s*\d*$/.test(bare(lines[end]!))) end++;
  const texts = lines.slice(start + 1, end).map(bare);
  // A row that shows fewer or more cells than the header (merged cells lost): its cells placed by kind.
  const placed = texts.length !== header.length - 1 ? placeCells(texts, header) : null;
  if (placed) return { cells: [String(n), ...placed.slice(1)], end, placed: true };
  const cells = [String(n)];
  let j = start + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (numberOf(l) === n + 1 || GROUP.test(bare(l)) || /^附件\s*\d*$/.test(bare(l))) break;
    const text = bare(l);
    const col = cells.length;
    if (col >= header.length) break;
    if (col >= 2 && UNITS_COL.test(header[col]!) && !looksLikeUnits(text) && !UNITS_COL.test(header[col - 1]!)) {
      // The cell's first paragraph is its title ("建设智慧城市运行中心"): it keeps a full stop before the text.
      cells[col - 1] += /[。；;，,：:]$/.test(cells[col - 1]!) ? text : `。${text}`;
      continue;
    }
    cells.push(text);
  }
  return { cells, end: j, placed: false };
}

/**
 * The last row of a `|` table cut off in the copy lost its closing bar ("就业困难人员再就业(人) | 120 | 白果乡2 …"):
 * after a row, a line of three or more cells is a row too.
 */
function closedRow(line: Line, before: Line | undefined): Line {
  if (!before || !/[|｜]\s*$/.test(before.text) || /[|｜]\s*$/.test(line.text)) return line;
  return (line.text.match(/\s[|｜]\s/g) ?? []).length >= 2 ? makeLine(`${line.text.trim()} |`, line.bold) : line;
}

/**
 * A table a page set one cell a line ("序号" / "工作任务" / "牵头单位" / "配合单位", then "1" / "联动共建科学城"
 * / "区科技局" …, each cell maybe ending in "|") is set back one row a line as a `|` table, the form the
 * table reader takes. Rows are found by their numbers (1, 2, 3 … in order); empty cells are lost in such a
 * copy, so a row closed early by the next number leaves its last columns empty. A group row ("一、…")
 * between rows is kept as a row of its own. Returns the lines and how many tables were set back.
 */
export function cellLinesToRows(lines: readonly Line[]): { lines: Line[]; tables: number } {
  const out: Line[] = [];
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const found = headerAt(lines, i);
    if (!found) {
      out.push(closedRow(lines[i]!, out[out.length - 1]));
      continue;
    }
    const { header } = found;
    tables++;
    out.push(makeLine(`${header.join(' | ')} |`));
    let j = i + found.span;
    const rows: Array<string[] | string> = [];
    let placed = false;
    while (rowStarts(lines, j)) {
      const l = lines[j]!;
      if (numberOf(l) === null) {
        rows.push(bare(l));
        j++;
        continue;
      }
      const row = readRow(lines, j, header);
      placed ||= row.placed;
      rows.push(row.cells);
      j = row.end;
    }
    if (placed) fillMerged(rows.filter((r): r is string[] => Array.isArray(r)), header);
    for (const r of rows) out.push(makeLine(Array.isArray(r) ? `${r.join(' | ')} |` : `${r} |`));
    i = j - 1;
  }
  return { lines: out, tables };
}
