import type { Table } from '../model/table';
import type { Item } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import { fold, type Line } from './line';
import { parseUnitsText } from './responsibility';

export interface TaskTableParse {
  header: string[];
  rows: string[][];
  table: Table;
}

/** A `|`-separated table, one cell per line ("工作任务 |", "主要内容 |" …): header cells come before the first "1.". */
export function parseCellTable(lines: readonly Line[]): TaskTableParse | null {
  const cells = lines.map((l) => l.text.replace(/\s*[|｜]\s*$/, '').trim());
  let k = cells.findIndex((c) => /^\d{1,3}\s*[.．、]/.test(c));
  if (k <= 0) k = Math.min(3, cells.length);
  const header = cells.slice(0, k);
  const rows: string[][] = [];
  for (let i = k; i < cells.length; i += k) rows.push(cells.slice(i, i + k));
  while (rows.length && rows[rows.length - 1]!.length < k) rows[rows.length - 1]!.push('');
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

export interface RowMatch {
  matched: number;
  filled: number;
  differing: string[];
  /** Notations written in the table's unit cells. */
  notations: Map<ResponsibilityNotation, number>;
  /** Give the matched measures their units; called only once the table is accepted as the task table. */
  apply(): void;
}

/**
 * Map the table's rows onto the measures by title (similarity, falling back to order when the counts
 * agree) and give each measure without units the row's units. Measures that have units keep them.
 */
export function applyTaskRows(parse: TaskTableParse, measures: readonly Item[]): RowMatch {
  const unitsCol = Math.max(0, parse.header.findIndex((h) => /责任|部门|单位/.test(fold(h))));
  const fills: Array<() => void> = [];
  const result: RowMatch = { matched: 0, filled: 0, differing: [], notations: new Map(), apply: () => fills.forEach((f) => f()) };
  const used = new Set<Item>();
  parse.rows.forEach((row, i) => {
    const rowKey = key(row[0] ?? '');
    let best: Item | null = null;
    let score = 0;
    for (const m of measures) {
      if (used.has(m)) continue;
      const s = similarity(rowKey, itemKey(m));
      if (s > score) [best, score] = [m, s];
    }
    if (score < 0.5) best = parse.rows.length === measures.length && !used.has(measures[i]!) ? measures[i]! : null;
    if (!best) return;
    used.add(best);
    result.matched++;
    const cell = row[unitsCol] ?? '';
    const units = parseUnitsText(cell, fold(cell));
    if (!units) return;
    result.notations.set(units.notation, (result.notations.get(units.notation) ?? 0) + 1);
    const target = best;
    if (target.leadUnits.length + target.supportUnits.length === 0) {
      fills.push(() => {
        target.leadUnits = units.lead;
        target.supportUnits = units.support;
      });
      result.filled++;
    } else if (target.leadUnits.join('、') !== units.lead.join('、')) result.differing.push(row[0] ?? '');
  });
  return result;
}
