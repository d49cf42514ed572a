import type { Body } from '../model/element-types';
import type { Item, ItemLevel } from '../model/item';
import type { Section, SectionKind } from '../model/section';
import { excerpt } from './excerpt';
import type { IdMaker } from './id-maker';
import { paragraphAbove } from './item-above';
import { makeLine } from './line';
import { makeItem } from './make-item';
import { itemRole } from './section-kind';

/** The builder's state a units line may reshape: the open part and group, and where the copy started. */
export interface OpenParts {
  sections: Section[];
  top: Section | null;
  sub: Section | null;
  /** The index in `sections` of a "(一)…" group opened with no part above it (a copy starting there). */
  orphan: number;
  preamble: Body;
  ids: IdMaker;
  guesses: Array<{ what: string; confidence: number }>;
}

/**
 * "（五）实施城乡供水一体化工程" then "责任单位：县水利局": a short （一） line with its own units line is a task
 * (a 责任分解方案's layout), not a group heading — the group just opened becomes an item of its part (of the
 * preamble for a group opened with no part above it). Returns the open part and group after, or null.
 */
export function sectionToItem(o: OpenParts): { top: Section | null; sub: Section | null } | null {
  const orphan = !o.sub && o.top && o.orphan === o.sections.length - 1 && o.sections[o.orphan] === o.top;
  const sub = orphan ? o.top : o.sub;
  const parent = orphan ? null : o.top;
  if (!sub || (!orphan && !parent) || sub.body.length > 0 || sub.sections.length > 0 || (parent && parent.sections[parent.sections.length - 1] !== sub)) return null;
  if (parent) parent.sections.pop();
  else o.sections.pop();
  const kind = parent?.kind ?? null;
  const parsed = makeItem(makeLine(sub.title), 0, 2, (hasUnits) => itemRole(kind, hasUnits), o.ids, { runInTitle: false });
  if (kind === 'targets') parsed.item.role = 'target';
  (parent?.body ?? o.preamble).push(parsed.item);
  o.guesses.push({ what: `“${excerpt(sub.title)}”下一行写有责任单位，按条目导入，而不是小标题`, confidence: 0.75 });
  return { top: parent, sub: null };
}

/** An unnumbered paragraph right above a units line, made the item those units belong to (reported). */
export function paragraphToItem(body: Body, kind: SectionKind | null, level: ItemLevel, o: Pick<OpenParts, 'ids' | 'guesses'>): { item: Item; bullet: boolean } | null {
  const line = paragraphAbove(body);
  if (!line) return null;
  const parsed = makeItem(line, 0, level, (hasUnits) => itemRole(kind, hasUnits), o.ids, { runInTitle: false });
  body.push(parsed.item);
  o.guesses.push({ what: `未编号的段落“${excerpt(line.text)}”下一行写有责任单位，按措施导入`, confidence: 0.7 });
  return { item: parsed.item, bullet: line.bullet };
}
