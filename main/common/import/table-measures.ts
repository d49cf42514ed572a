import type { Body } from '../model/element-types';
import type { Item, ItemLevel } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import type { IdMaker } from './id-maker';
import { fold } from './line';
import { parseUnitsCell } from './responsibility';
import type { TaskTableParse } from './task-table';
import { hasFigure } from './has-figure';
import { sectionKind } from './section-kind';
import { tableColumns } from './table-columns';

export interface TableMeasures {
  body: Body;
  measures: number;
  /** The rows are targets: the task column is headed as targets ("2022年预期目标", "主要指标"). */
  targets: boolean;
  notations: ResponsibilityNotation[];
}

/**
 * A task table written in the plan's body (a .txt's TAB rows, a Word table under "二、重点任务"): when it
 * has a task column and a units column, each row is a measure — the task its run-in title, the content
 * columns (具体措施, 主要内容 …) its text, other data columns as "列名：值", the unit columns its units,
 * the deadline column its deadline. Group rows (one cell filled) and 合计/小计 rows stay paragraphs.
 * Returns null when the table is not a task table (it is then kept as a table).
 */
export function tableMeasures(parse: TaskTableParse, level: ItemLevel, ids: IdMaker): TableMeasures | null {
  const h = parse.header;
  const columns = tableColumns(h);
  if (!columns) return null;
  const { taskCol, leadCol, unitsCol, supportCol, moreUnits, deadlineCol, targets, data } = columns;
  const body: Body = [];
  const notations: ResponsibilityNotation[] = [];
  let measures = 0;
  // A group row titled as targets ("一、主要经济社会发展指标…等工作目标（牵头领导：…）") makes its rows with a
  // figure targets, as a part titled …目标 does for its items.
  let targetGroup = false;
  // "主要预期目标": a group of expected results, as under a 预期目标 line, every row is one, a figure written or
  // not ("进出口总额和实际使用外资量稳质升"); so is a "发展目标" group (a 分类 column's label over the year's
  // indicators, "区本级外贸出口总额保持适度增长"); a 工作目标 group may hold figureless tasks.
  let expected = false;
  for (const row of parse.rows) {
    const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
    const filled = row.filter((c) => c.trim()).length;
    const stated = taskFrom(row, taskCol, h);
    const task = cell(stated).replace(/^\d{1,3}\s*[.、]\s*/, '');
    // An indicator table's row without its value (a copy cut inside it) states no target.
    const valueless = unitsCol < 0 && !data.some(({ i }) => /\d/.test(cell(i)));
    if (!task || filled <= 1 || valueless || /^(合计|小计|总计)/.test(task)) {
      const t = row.map((c) => c.trim()).filter(Boolean).join(' ');
      if (t) body.push({ type: 'paragraph', children: [{ text: t }] });
      // Folded: a traditional copy's "主要預期目標" is the same title.
      if (filled === 1) targetGroup = sectionKind(fold(t).replace(/\([^)]*\)\s*$/, '')) === 'targets';
      if (filled === 1) expected = targetGroup && /预期目标|发展目标/.test(fold(t));
      continue;
    }
    const partners = [supportCol, ...moreUnits].filter((i) => i >= 0).map(cell).filter(Boolean).join('、');
    const { lead, leadUnits, supportUnits } = rowUnits(cell(unitsCol), supportCol >= 0 || moreUnits.length ? partners : null);
    const text = rowText(data, (i) => (i === stated ? '' : cell(i)));
    // The plan format keeps a deadline to 80 characters; a longer cell is text.
    const dl = cell(deadlineCol);
    const longDl = dl.length > 80 ? `${h[deadlineCol]!.trim()}：${dl}` : '';
    const rest = text + longDl;
    const item: Item = {
      type: 'item', id: ids.next('m'), level, role: targets || (targetGroup && (expected || hasFigure(task))) ? 'target' : 'measure', leadUnits, supportUnits,
      deadline: dl && !longDl ? dl : null,
      children: [{ text: /[。.]$/.test(task) ? task : `${task}。`, lead: true }, ...(rest ? [{ text: rest }] : [])],
    };
    if (lead) notations.push(leadCol >= 0 && supportCol >= 0 ? 'lead-and-responsible' : lead.notation);
    body.push(item);
    measures++;
  }
  return measures > 0 ? { body, measures, targets, notations } : null;
}

/**
 * A row's units: the units cell's lead and, with no 配合 column, its support; with one, every unit of the units
 * cell leads and the 配合 cell's units support (each named once).
 */
function rowUnits(unitsCell: string, supportCell: string | null) {
  const lead = parseUnitsCell(unitsCell, fold(unitsCell));
  const support = supportCell ? parseUnitsCell(supportCell, fold(supportCell)) : null;
  const withSupportCol = supportCell !== null;
  const leadUnits = lead ? [...lead.lead, ...(withSupportCol ? lead.support : [])] : [];
  const supportUnits = [...(withSupportCol ? [] : lead?.support ?? []), ...(support ? [...support.lead, ...support.support] : [])]
    .filter((u, k, all) => !leadUnits.includes(u) && all.indexOf(u) === k);
  return { lead, leadUnits, supportUnits };
}

/** A row's other columns as the measure's text: content columns as sentences, the rest as "列名：值。". */
function rowText(data: ReadonlyArray<{ name: string; i: number }>, value: (i: number) => string): string {
  return data.map(({ name, i }) => {
    const v = value(i);
    if (!v) return '';
    if (/内容|措施|举措|目标|要求/.test(name)) return /[。;；!！?？]$/.test(v) ? v : `${v}。`;
    return `${name}：${v.replace(/。$/, '')}。`;
  }).join('');
}

/**
 * "主要任务 | 全年目标任务": a row whose task cell is empty (the task merged over rows above it, a page or an extract
 * that starts inside the span lost it) is named by the next column when that one states its target or content.
 */
function taskFrom(row: readonly string[], taskCol: number, h: readonly string[]): number {
  const next = taskCol + 1;
  const empty = !(row[taskCol] ?? '').trim();
  return empty && next < h.length && /任务|目标|内容|措施|举措/.test(h[next]!) && (row[next] ?? '').trim() ? next : taskCol;
}
