import type { Item, ItemLevel, ItemRole } from '../model/item';
import { classifyLine } from './classify-line';
import type { IdMaker } from './id-maker';
import { makeLine, type Line } from './line';
import { makeItem, type ItemParse } from './make-item';
import { splitInlineParts } from './inline-parts';

/**
 * An unnumbered paragraph read as a measure ("推进农村改厕。主要包括：（1）……；（2）……。（A牵头）") with its
 * （1）（2） parts written inside: the head is the measure (the units at its end cover every part), each
 * part an item one level down (role point) — as for a numbered item. Null when the paragraph has no such
 * parts, or when it is already at the lowest level.
 */
export function inlinePartItems(
  line: Line, level: ItemLevel, role: (hasUnits: boolean) => ItemRole, ids: IdMaker, opts: { runInTitle?: boolean } = {},
): { head: ItemParse; parts: Item[] } | null {
  if (level >= 4) return null;
  const split = splitInlineParts(line.text, line.m, 0);
  if (!split) return null;
  const head = makeItem(makeLine(split.head, line.bold), 0, level, role, ids, opts);
  const sub = (level + 1) as ItemLevel;
  const parts = split.parts.map((p) => {
    const pl = makeLine(p.trim());
    const c = classifyLine(pl);
    const part = makeItem(pl, c.kind === 'n4' ? c.start : 0, sub, () => 'point', ids, { runInTitle: false }).item;
    if (part.leadUnits.length + part.supportUnits.length > 0) part.role = 'measure';
    return part;
  });
  return { head, parts };
}
