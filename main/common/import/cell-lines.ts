import { isIndicatorHeader } from './indicator-header';
import { makeLine, type Line } from './line';
import { fillMerged, placeCells } from './short-rows';
import { withoutMergedLead } from './lost-merged-lead';
import { numberedTaskCells } from './numbered-task-cells';
import { splitSubRows } from './merged-sub-rows';
import { joinWrappedCells, tableWrapWidth } from './join-wrapped-cells';
import { wrapWidth } from './join-broken-lines';
import { addRests, pageBreakRests } from './page-break-rests';
import { isName, joinStackedUnits } from './stacked-unit-cell';
import { offByOne, placeByEnds } from './end-units-row';
import { sharedUnitsSubRows } from './shared-units-sub-rows';
import { projectSubRows } from './project-sub-rows';
import { mergedLeadSubRows } from './merged-lead-sub-rows';

/** `joinStackedUnits` in the form `placeCells` returns (header order, the 序号 cell left empty). */
const stackedRow = (texts: readonly string[], header: readonly string[]) => {
  const cells = joinStackedUnits(texts, header);
  return cells ? ['', ...cells] : null;
};

/** `placeByEnds` in the form `placeCells` returns. */
const endsRow = (texts: readonly string[], header: readonly string[]) => {
  const cells = placeByEnds(texts, header);
  return cells ? ['', ...cells] : null;
};

/**
 * A column heading of a task table ("目  标  任  务", "分 管 县领导", "牵头责任单位", "2022年预期目标"; "重点工作"
 * over a development zone's or a town's tasks).
 */
// "2025年" / "属性": an indicator table's columns of the value due by a year and of its kind (预期性, 约束性).
// "是否达序" / "说明": a progress report's columns of whether a row keeps its pace (序时进度) and of a remark.
const HEADING = /^\d{4}年$|^属性$|工作$|情况$|任务|实事|目标|指标|类别|领域|单位|部门|股室|科室|处室|领导|责任人|时限|时间|内容|措施|举措|事项|项目|牵头|配合|协办|备注|说明|^是否|达序|进度|完成率|计划|节点|名称|分工|要求|地点|投资|金额|资金|规模/;
/** Columns whose cells hold unit names. */
const UNITS_COL = /单位|部门|股室|科室|处室|牵头|配合|协办/;
/** A group row between the rows of a flattened table ("一、主要经济社会发展指标…"). */
const GROUP = /^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/**
 * The text without a last cell border ("…|", spaces either side): a trim and a look at the last character,
 * no regex, as it runs on every line of every import.
 */
const unbordered = (t: string) => {
  const end = t.trimEnd();
  return (end.endsWith('|') || end.endsWith('｜') ? end.slice(0, -1) : end).trim();
};
const bare = (l: Line) => unbordered(l.text);
/** `fold(bare(l))` read off the line's folded text (fold keeps positions and turns ｜ into |): headerAt asks it of every line. */
const bareFolded = (l: Line) => unbordered(l.m);
const numberOf = (l: Line) => (/^\d{1,3}$/.test(bare(l)) ? Number(bare(l)) : null);

/**
 * A unit cell holds names, not a sentence: a line with a full stop, or a long one without a 、/，list,
 * is the task cell's next paragraph (a cell of two paragraphs flattens to two lines, like two cells).
 */
function looksLikeUnits(text: string): boolean {
  if (/[。；;：:]/.test(text) || text.length > 60) return false;
  // "白仙山水库工程政策处理工作领导小组": a body set up for one task is named after it, and may be long.
  return text.length <= 16 || /[、，,]/.test(text) || (text.length <= 30 && /(领导小组|工作小组|工作专班|指挥部)$/.test(text));
}

/** A short cell that is no number: in a table whose first column (领域, 类别) stands before 序号, a group's label. */
const label = (l: Line | undefined) => !!l && numberOf(l) === null && bare(l).length <= 16 && !/[。；;]/.test(bare(l));

/**
 * A row starts here: its number, or a group row (or, `labelled`, a first column's label) right before a number.
 * Group rows may follow one another before the number: a department's extract of a wider table (the rows of
 * a 任务分解表 it carries) keeps every part heading of the whole, and the parts it has no row in stay empty.
 */
function rowStarts(lines: readonly Line[], j: number, labelled = false): boolean {
  const l = lines[j];
  if (!l) return false;
  if (numberOf(l) !== null) return true;
  if (labelled && label(l)) return lines[j + 1] !== undefined && numberOf(lines[j + 1]!) !== null;
  let k = j;
  while (k < lines.length && GROUP.test(bare(lines[k]!)) && k - j < 12) k++;
  return k > j && lines[k] !== undefined && numberOf(lines[k]!) !== null;
}

/**
 * The header of a table set one cell a line: "序号" then two or more headings, one naming units. A heading
 * over two lines ("责任股室" / "(单位)") is one. Returns the headings and how many lines they take.
 */
function headerAt(lines: readonly Line[], i: number): { header: string[]; span: number; labelled: boolean } | null {
  const isNumberHead = (l: Line | undefined) => !!l && /^(序号|编号)$/.test(bareFolded(l).replace(/\s/g, ''));
  // "领域" / "序号" / …: a first column before 序号 labels groups of rows (merged down), read as group rows.
  // An assessment list (考核任务清单) heads that column 考核项目 (or 项目类别): the field each group of indicators scores.
  const numbered = isNumberHead(lines[i]);
  const labelled = !numbered && /^(领域|类别|类型|板块|分类|分块|考核项目|考核类别|项目类别)$/.test(bareFolded(lines[i]!).replace(/\s/g, '')) && isNumberHead(lines[i + 1]);
  // "工作任务" / "具体要求" / "责任科室" / "时限要求" then "强化…" / "1": no 序号 heading; the first column labels
  // groups of rows (merged down) and the numbers stand in a column of their own with no heading.
  const unheaded = !numbered && !labelled;
  const header = ['序号'];
  let j = i + (labelled ? 2 : numbered ? 1 : 0);
  // A progress report under a 序号 heading adds columns (推进情况 by month, 是否达序, 说明): up to eleven.
  const most = numbered ? 12 : 9;
  for (; j < lines.length && header.length < most; j++) {
    const h = bareFolded(lines[j]!).replace(/\s/g, '');
    // "分类" / "序号" / "事项" / "责任单位" / "牵头单位" / "发展目标" / "1": the first group's label (merged down
    // the 分类 column) stands right before row 1, and may read like a heading ("发展目标"): the header ends.
    if (labelled && header.length > 2 && label(lines[j]) && numberOf(lines[j + 1] ?? lines[j]!) === 1) break;
    if (/^\([^()]{1,6}\)$/.test(h) && header.length > 1) {
      header[header.length - 1] += h;
      continue;
    }
    // "责任" / "领导", "第二季度" / "完成情况", "攻坚目标" / "任务": a heading a narrow column broke over lines.
    const next = lines[j + 1] ? bareFolded(lines[j + 1]!).replace(/\s/g, '') : '';
    // A word that is a column's name on its own ("工作标准", ending as names do) is no fragment of the next one.
    const whole = /(标准|名称|内容|措施|情况|时限)$/.test(h);
    if (!HEADING.test(h) && !whole && /^[\u4e00-\u9fff]{2,4}$/.test(h) && !/\d/.test(next) && HEADING.test(h + next) && (h + next).length <= 16) {
      header.push(h + next);
      j++;
      continue;
    }
    if (header.length > 1 && /^(任务|情况|时限|领导|科室|单位)$/.test(h) && /(目标|工作|完成|责任)$/.test(header[header.length - 1]!)) {
      header[header.length - 1] += h;
      continue;
    }
    // "2021年某县乡村振兴任务清单": the table's name above its header (a column is never named …表 or …清单).
    if (h.length > 16 || !HEADING.test(h) || /^\d+$/.test(h) || GROUP.test(h) || /(表|清单)$/.test(h)) break;
    header.push(h);
  }
  if (unheaded) {
    if (header.length < 4 || !label(lines[j]) || numberOf(lines[j + 1] ?? lines[j]!) !== 1) return null;
    header.splice(1, 1);
  }
  if (header.length < 3 || !(header.some((h) => UNITS_COL.test(h)) || isIndicatorHeader(header))) return null;
  const groups = labelled || unheaded;
  return rowStarts(lines, j, groups) ? { header: flattenSpread(header), span: j - i, labelled: groups } : null;
}

/**
 * A two-level header flattened one cell a line: "计划节点" and "责任单位" span the sub-headings written after the
 * others ("2018年计划", "牵头部门", "配合部门"). Each spanning heading is replaced by its sub-headings; the header
 * is left as it is when the trailing headings do not all find their parent.
 */
function flattenSpread(header: readonly string[]): string[] {
  const out = [...header];
  const subs: string[] = [];
  while (out.length > 3 && /牵头|配合|协办|参与|^\d{4}年.{0,4}$|计划$/.test(out[out.length - 1]!)) subs.unshift(out.pop()!);
  if (subs.length < 2) return [...header];
  const who = subs.filter((x) => /牵头|配合|协办|参与/.test(x));
  const when = subs.filter((x) => !who.includes(x));
  const whoAt = out.findIndex((x) => /^责任(单位|部门|主体)/.test(x));
  const whenAt = out.findIndex((x) => /节点|时间|进度|时限/.test(x));
  if ((who.length && whoAt < 0) || (when.length && whenAt < 0)) return [...header];
  // Replace the later one first so the earlier index still holds.
  const spans = [[whoAt, who], [whenAt, when]].filter(([, x]) => (x as string[]).length) as Array<[number, string[]]>;
  for (const [at, parts] of spans.sort((a, b) => b[0] - a[0])) out.splice(at, 1, ...parts);
  return out;
}

/** One row from its number line: cells in column order, a unit column's non-unit line joined to the cell before. */
function readRow(lines: readonly Line[], start: number, header: readonly string[], labelled: boolean, width: number | null): { rows: string[][]; end: number; placed: boolean } {
  const n = numberOf(lines[start]!)!;
  let end = start + 1;
  // An extract keeps the whole table's numbers (3, 68, 69, 73): once this row has all its cells, a higher
  // number opens the next row.
  const later = (k: number) => k - start - 1 >= header.length - 1 && (numberOf(lines[k]!) ?? 0) > n;
  const nextRow = (k: number) => numberOf(lines[k]!) === n + 1 || later(k) || GROUP.test(bare(lines[k]!)) || /^附件\s*\d*$/.test(bare(lines[k]!))
    // A label before the next number opens the next group only once this row has all its cells; a body's name
    // there is the row's last units cell (a group is labelled by a field of work, never by an organ).
    || labelled && k - start - 1 >= header.length - 1 && label(lines[k]) && !isName(bare(lines[k]!)) && numberOf(lines[k + 1] ?? lines[k]!) === n + 1;
  while (end < lines.length && !nextRow(end)) end++;
  // A PDF copy breaks a long cell at the page's width: its pieces are one cell again.
  const pieces = joinWrappedCells(lines.slice(start + 1, end).map(bare), width);
  const broken = pageBreakRests(pieces.map((p) => p.text), header);
  if (broken) return { rows: [brokenRow(n, broken, header)], end, placed: false };
  // "||": an empty last cell and the row's closing border on one line.
  const texts = pieces.map((p) => (/^[|｜]+$/.test(p.text) ? '' : p.text));
  const subs = subRows(n, texts, header) ?? partRows(n, texts, header, end >= lines.length);
  if (subs) return { rows: subs, end, placed: true };
  // A row that shows fewer or more cells than the header (merged cells lost): its cells placed by kind.
  const placed = withoutMergedLead(texts, header) ?? (texts.length !== header.length - 1 ? placeCells(texts, header) ?? stackedRow(texts, header) : null)
    ?? (offByOne(texts, header) ? endsRow(texts, header) : null);
  if (placed) return { rows: [[String(n), ...placed.slice(1)]], end, placed: true };
  const cells = [String(n)];
  let j = start + 1;
  for (const [k, text] of texts.entries()) {
    const col = cells.length;
    if (col >= header.length) break;
    j = start + 2 + pieces[k]!.last;
    if (col >= 2 && UNITS_COL.test(header[col]!) && !looksLikeUnits(text) && !UNITS_COL.test(header[col - 1]!)) {
      // The cell's first paragraph is its title ("建设智慧城市运行中心"): it keeps a full stop before the text.
      cells[col - 1] += /[。；;，,：:]$/.test(cells[col - 1]!) ? text : `。${text}`;
      continue;
    }
    cells.push(text);
  }
  return { rows: [cells], end: j, placed: false };
}

/** The rows one numbered row's merged 序号 cell spans (`splitSubRows`), each placed by kind; null when it spans one. */
function subRows(n: number, texts: readonly string[], header: readonly string[]): string[][] | null {
  const subs = splitSubRows(texts);
  if (subs.length < 2) return null;
  const rows = subs.map((t) => (t.length === header.length - 1 ? ['', ...t] : placeCells(t, header)));
  return rows.every((r) => r) ? rows.map((r) => [String(n), ...r!.slice(1)]) : null;
}

/** Sub-rows under merged cells: a task split under one units cell, or a project's items (`cut`: the copy's last row). */
function partRows(n: number, texts: readonly string[], header: readonly string[], cut: boolean): string[][] | null {
  const rows = sharedUnitsSubRows(texts, header) ?? projectSubRows(texts, header, cut) ?? mergedLeadSubRows(texts, header);
  return rows ? rows.map((r) => [String(n), ...r]) : null;
}

/** A row a page break cut: its cells before the repeated header, in column order, with the rests added. */
function brokenRow(n: number, broken: { cells: string[]; rests: string[] }, header: readonly string[]): string[] {
  const cells = [String(n), ...broken.cells.slice(0, header.length - 1)];
  while (cells.length < header.length) cells.push('');
  addRests(cells, broken.rests, (col) => UNITS_COL.test(header[col]!) && looksLikeUnits(cells[col]!) && /(局|委|办|所|厅|府|室|中心|单位|部门)$/.test(cells[col]!));
  return cells;
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
  // The page width of a PDF copy, found lazily: most imports have no table set one cell a line.
  let width: number | null | undefined;
  for (let i = 0; i < lines.length; i++) {
    const found = headerAt(lines, i);
    const numbered = found ? null : numberedTaskCells(lines, i);
    if (numbered) {
      out.push(...numbered.lines);
      tables++;
      i = numbered.end - 1;
      continue;
    }
    if (!found) {
      out.push(closedRow(lines[i]!, out[out.length - 1]));
      continue;
    }
    const { header, labelled } = found;
    tables++;
    // "洋县2024年十大民生实事项目清单 |" / "序号 |" …: a lone cell above the header, longer than a heading or
    // ending like a table's name, is the table's caption (a line of text), not a row.
    const above = out[out.length - 1];
    if (above && /^[^|｜]+[|｜]\s*$/.test(above.text) && (bare(above).length > 16 || /(表|清单)$/.test(bareFolded(above)))) out[out.length - 1] = makeLine(bare(above), above.bold);
    out.push(makeLine(`${header.join(' | ')} |`));
    let j = i + found.span;
    const rows: Array<string[] | string> = [];
    let placed = false;
    while (rowStarts(lines, j, labelled)) {
      const l = lines[j]!;
      if (numberOf(l) === null) {
        rows.push(bare(l));
        j++;
        continue;
      }
      width ??= wrapWidth(lines) ?? tableWrapWidth(lines.map((l) => l.m));
      const row = readRow(lines, j, header, labelled, width);
      placed ||= row.placed;
      rows.push(...row.rows);
      j = row.end;
    }
    if (placed) fillMerged(rows.filter((r): r is string[] => Array.isArray(r)), header);
    for (const r of rows) out.push(makeLine(Array.isArray(r) ? `${r.join(' | ')} |` : `${r} |`));
    i = j - 1;
  }
  return { lines: out, tables };
}
