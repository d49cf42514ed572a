import type { Table } from '../model/table';
import type { Item } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import { fold, type Line } from './line';
import { parseUnitsText } from './responsibility';
import { mergedCells } from './merged-cells';
import { isDelimiterRow, withoutOpeningPipe } from './markdown-row';
import { spannedRows } from './spanned-rows';

export interface TaskTableParse {
  header: string[];
  rows: string[][];
  table: Table;
}

const HEADER_CELL = /^(序号|编号|工作任务|重点任务|主要任务|任务|任务内容|目标任务|工作目标|主要内容|工作内容|内容|改革举措|具体措施|工作措施|主要措施|措施|责任部门|责任单位|牵头部门|牵头单位|参与部门|参与单位|配合单位|配合部门|协办单位|指导部门|推广范围|完成时限|时限|时限要求|完成时间|时间|时间节点|备注)$/;

/** A cell spread out by spaces for its width ("就 业 促 进 工 程", "项 目") is one word. */
const unspread = (c: string) => (/^[\u4e00-\u9fff](\s+[\u4e00-\u9fff])+$/.test(c) ? c.replace(/\s+/g, '') : c);

function cellsOf(line: Line, markdown = false): string[] {
  return (markdown ? withoutOpeningPipe(line.text) : line.text).replace(/\s*[|｜]\s*$/, '').split(/\s*[|｜]\s*/).map((c) => unspread(c.trim()));
}

/**
 * A `|` table: either one row per line ("工作任务 | 主要内容 | 责任部门 |", as read from .docx) or one
 * cell per line ("工作任务 |", as in seed 003), where the header is the run of header-like cells.
 */
export function parseCellTable(lines: readonly Line[]): TaskTableParse | null {
  let header: string[];
  let rows: string[][];
  if (lines.some((l) => cellsOf(l).length > 1)) {
    // A Markdown copy opens its header row with a pipe too; elsewhere a row opened by a pipe has an empty first cell.
    const markdown = withoutOpeningPipe(lines[0]!.text) !== lines[0]!.text;
    const all = lines.map((l) => cellsOf(l, markdown)).filter((r) => !isDelimiterRow(r));
    header = all[0]!;
    const merged = mergedCells(header, all.slice(1));
    // Only a Markdown copy drops the cells a span covers; a .docx or TAB table keeps them.
    const body = markdown ? spannedRows(header, all.slice(1)) : all.slice(1);
    rows = merged ? merged.rows : body.map((r) => [...r, ...Array<string>(Math.max(0, header.length - r.length)).fill('')].slice(0, Math.max(header.length, r.length)));
  } else {
    const cells = lines.map((l) => cellsOf(l)[0] ?? '');
    let k = 0;
    while (k < cells.length && HEADER_CELL.test(fold(cells[k]!).replace(/\s/g, ''))) k++;
    if (k === 0) k = Math.min(3, cells.length);
    header = cells.slice(0, k);
    rows = [];
    for (let i = k; i < cells.length; i += k) rows.push(cells.slice(i, i + k));
    while (rows.length && rows[rows.length - 1]!.length < k) rows[rows.length - 1]!.push('');
  }
  if (rows.length === 0) return null;
  const table: Table = {
    type: 'table', header: true,
    children: [header, ...rows].map((r) => ({
      type: 'table-row' as const,
      children: r.map((c) => ({ type: 'table-cell' as const, children: [{ type: 'paragraph' as const, children: [{ text: c }] }] })),
    })),
  };
  return { header, rows, table };
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient on character bigrams: "加强全面质量监管" ~ "全面加强质量监管" = 0.71. */
function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a))) return 0.9;
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const pool = [...y];
  let common = 0;
  for (const g of x) {
    const at = pool.indexOf(g);
    if (at >= 0) {
      common++;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

function key(text: string): string {
  return fold(text).replace(/^\d{1,3}\s*[.、]\s*/, '').replace(/[。.\s]/g, '');
}

function itemKey(item: Item): string {
  const lead = item.children.filter((l) => l.lead).map((l) => l.text).join('');
  return key(lead || item.children.map((l) => l.text).join('').slice(0, 20));
}

/** Units of a row: one cell in any notation, or a 牵头 column and a 责任/参与 column. */
function rowUnits(row: readonly string[], unitsCol: number, supportCol: number): ReturnType<typeof parseUnitsText> {
  const cell = row[unitsCol] ?? '';
  if (supportCol < 0) return parseUnitsText(cell, fold(cell));
  const lead = parseUnitsText(cell, fold(cell));
  const sup = row[supportCol] ?? '';
  const support = sup.trim() ? parseUnitsText(sup, fold(sup)) : null;
  if (!lead) return null;
  return { lead: lead.lead, support: [...lead.support, ...(support ? [...support.lead, ...support.support] : [])], notation: 'lead-and-responsible' };
}

/** Folded text for "is this sentence already in the measure": no spaces, no punctuation. */
function bare(text: string): string {
  return fold(text).replace(/[\s。.,;:、!?“”"'()《》]/g, '');
}

/**
 * The sentences of a table cell the measure's text does not already hold. Seed 003's 主要内容 column
 * states each task more fully than the plan's text (targets such as 网上可办率不低于80% among them): kept.
 */
export function novelSentences(cell: string, measureText: string): string {
  const have = bare(measureText);
  const sentences = cell.trim().split(/(?<=[。;；!！?？])/).map((x) => x.trim()).filter(Boolean);
  const out = sentences.filter((x) => {
    const b = bare(x);
    return b.length > 0 && !have.includes(b);
  }).join('');
  const closed = out.replace(/[;；]$/, '。');
  return closed && !/[。!！?？]$/.test(closed) ? `${closed}。` : closed;
}

/** Columns that hold no data of their own: 序号, the task, units, the deadline. */
const STRUCTURAL = /^(序号|编号)$|牵头|责任|参与|配合|协办|指导|部门|单位|时限|时间/;

export interface RowMatch {
  matched: number;
  filled: number;
  /** Measures that received text from the table's other columns (主要内容, 推广范围 …). */
  contentAdded: number;
  differing: string[];
  /** Rows that go on the task of the row before (its 主要内容 split over rows under merged cells). */
  continued: number;
  /** Safeguard points a row gives units: tasks once the table is applied. */
  promoted: number;
  /** Rows that name a safeguard point, not a measure. */
  spareRows: number;
  /** Notations written in the table's unit cells. */
  notations: Map<ResponsibilityNotation, number>;
  /** Give the matched measures their units; called only once the table is accepted as the task table. */
  apply(): void;
}

/**
 * The measure a row names: the most similar title not yet taken, or, when none is similar enough, the measure in
 * the row's place among the task rows if there are as many rows as measures.
 */
function matchRow(rowKey: string, i: number, taskRowCount: number, measures: readonly Item[], used: ReadonlySet<Item>): Item | null {
  let best: Item | null = null;
  let score = 0;
  for (const m of measures) {
    if (used.has(m)) continue;
    const s = similarity(rowKey, itemKey(m));
    if (s > score) [best, score] = [m, s];
  }
  if (score >= 0.5) return best;
  return i >= 0 && taskRowCount === measures.length && !used.has(measures[i]!) ? measures[i]! : null;
}

/**
 * Map the table's rows onto the measures by title (similarity, falling back to order when the counts
 * agree) and give each measure without units the row's units. Measures that have units keep them.
 * `spare`: the plan's safeguard points. A row that names none of the measures but one of them by title gives
 * it its units, and a safeguard with units of its own is a task (it becomes a measure when the table is applied).
 */
export function applyTaskRows(parse: TaskTableParse, measures: readonly Item[], spare: readonly Item[] = []): RowMatch {
  const col = (re: RegExp) => parse.header.findIndex((h) => re.test(fold(h)));
  const taskCol = Math.max(0, col(/任务|事项|名称|措施|举措/));
  const leadCol = col(/牵头/);
  const supportCol = col(/责任|参与|配合|协办|指导/);
  const unitsCol = leadCol >= 0 ? leadCol : Math.max(0, col(/责任|部门|单位/));
  const deadlineCol = col(/时限|时间/);
  // Every other column is data: 主要内容/具体措施 go into the measure's text as written, others as "列名：值".
  const dataCols = parse.header.map((h, i) => ({ h: fold(h).replace(/\s/g, ''), i }))
    .filter(({ h, i }) => i !== taskCol && h !== '' && !STRUCTURAL.test(h));
  const fills: Array<() => void> = [];
  const result: RowMatch = { matched: 0, filled: 0, contentAdded: 0, differing: [], continued: 0, promoted: 0, spareRows: 0, notations: new Map(), apply: () => fills.forEach((f) => f()) };
  const used = new Set<Item>();
  const found = new Map<Item, { lead: string[]; support: string[] }>();
  let last: { task: string; item: Item } | null = null;
  // Order is a fallback only among the rows that hold a task: a group row ("一、重点污染点治理") or a row the copy
  // cut after its number has no measure to pair with.
  const taskRows = parse.rows.filter((r) => (r[taskCol] ?? '').trim() && r.filter((c) => c.trim()).length > 1);
  parse.rows.forEach((row) => {
    const task = key(row[taskCol] ?? '');
    // A sub-row under the merged 序号/工作事项 cells names the task of the row before: its units join that task's.
    const same = last !== null && task !== '' && task === last.task;
    const best = same ? last!.item : matchRow(task, taskRows.indexOf(row), taskRows.length, measures, used) ?? matchRow(task, -1, 0, spare, used);
    if (same) result.continued++;
    if (!best) return;
    last = { task, item: best };
    if (!same) {
      used.add(best);
      if (spare.includes(best)) result.spareRows++;
      else result.matched++;
    }
    const units = rowUnits(row, unitsCol, leadCol >= 0 && supportCol >= 0 && supportCol !== leadCol ? supportCol : -1);
    const deadline = deadlineCol >= 0 ? (row[deadlineCol] ?? '').trim() : '';
    const target = best;
    if (deadline && target.deadline === null) fills.push(() => { target.deadline = deadline; });
    const extra = rowExtra(row, dataCols, parse.header, target.children.map((l) => l.text).join(''));
    if (extra) {
      result.contentAdded++;
      fills.push(() => { target.children.push({ text: extra }); });
    }
    if (!units) return;
    result.notations.set(units.notation, (result.notations.get(units.notation) ?? 0) + 1);
    if (target.leadUnits.length + target.supportUnits.length === 0) addUnits(found, target, units);
    else if (target.leadUnits.join('、') !== units.lead.join('、')) result.differing.push(row[taskCol] ?? '');
  });
  for (const [target, u] of found) fills.push(() => { target.leadUnits = u.lead; target.supportUnits = u.support; if (spare.includes(target)) target.role = 'measure'; });
  result.filled = found.size;
  result.promoted = [...found.keys()].filter((t) => spare.includes(t)).length;
  return result;
}

/** A row's data cells the measure's text lacks: 主要内容/具体措施 as written, others as "列名：值". */
function rowExtra(row: readonly string[], dataCols: ReadonlyArray<{ h: string; i: number }>, header: readonly string[], own: string): string {
  return dataCols.map(({ h, i }) => {
    const cell = (row[i] ?? '').trim();
    if (!cell) return '';
    if (/内容|措施|举措|目标|任务/.test(h)) return novelSentences(cell, own);
    return bare(own).includes(bare(cell)) ? '' : `${header[i]!.trim()}：${cell.replace(/[。]$/, '')}。`;
  }).join('');
}

/** The units a measure gathers from its rows: each name once, a lead named in any row stays a lead. */
function addUnits(found: Map<Item, { lead: string[]; support: string[] }>, target: Item, units: { lead: string[]; support: string[] }): void {
  const u = found.get(target) ?? { lead: [], support: [] };
  for (const n of units.lead) if (!u.lead.includes(n)) u.lead.push(n);
  for (const n of units.support) if (!u.lead.includes(n) && !u.support.includes(n)) u.support.push(n);
  u.support = u.support.filter((n) => !u.lead.includes(n));
  found.set(target, u);
}
