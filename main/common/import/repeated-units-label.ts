import type { Item } from '../model/item';
import type { Line } from './line';

/**
 * A task names its units once per role: a second "责任科室(单位):…" line with the label the item's units line
 * already had belongs to another task, one the copy dropped (a feed's digest keeps the units notes of tasks whose
 * text it left out). Returns the repeated label (the line is then no unit of this item and stays text), or null
 * after noting the line's label as the item's.
 */
export function repeatedUnitsLabel(labels: WeakMap<Item, Set<string>>, last: Item, line: Line): string | null {
  const label = /^[^:]*:/.exec(line.m)?.[0] ?? '';
  const seen = labels.get(last) ?? new Set<string>();
  labels.set(last, seen);
  if (seen.has(label)) return label;
  seen.add(label);
  return null;
}
