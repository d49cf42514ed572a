import type { Body } from '../model/element-types';
import { Item, type ItemLevel } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import type { SectionKind } from '../model/section';
import { excerpt } from './excerpt';
import type { IdMaker } from './id-maker';
import { inlinePartItems } from './inline-part-items';
import { makeItem } from './make-item';
import { itemRole } from './section-kind';
import type { StandingRules } from './standing-rules';
import { titledItemText } from './titled-item-text';
import { continuedTask } from './continued-task';
import type { Line } from './line';

/** What reading a plain line of a section needs of the body builder. */
export interface UnitsParagraphContext {
  body: Body;
  kind: SectionKind | null;
  level: ItemLevel;
  ids: IdMaker;
  notations: Map<ResponsibilityNotation, number>;
  notes: string[];
  guesses: Array<{ what: string; confidence: number }>;
  applyRules(item: Item, read: StandingRules | null, notation: ResponsibilityNotation | null): void;
}

/**
 * A plain line of a section that ends in a responsibility note is a measure (an unnumbered task with its
 * units). Its （1）（2） parts written inside become items one level down (the units at its end cover them);
 * "1.探索…机制" over paragraphs the last of which closes with the units makes them the titled task's text.
 * False when the line names no unit (it stays a paragraph).
 */
export function unitsParagraph(line: Line, ctx: UnitsParagraphContext): boolean {
  const role = (hasUnits: boolean) => itemRole(ctx.kind, hasUnits);
  const split = inlinePartItems(line, ctx.level, role, ctx.ids, { runInTitle: false });
  const parsed = split?.head ?? makeItem(line, 0, ctx.level, role, ctx.ids, { runInTitle: false });
  if (parsed.item.leadUnits.length + parsed.item.supportUnits.length === 0) return false;
  if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
  const titled = split ? null : titledItemText(ctx.body, parsed.item);
  if (titled) {
    ctx.applyRules(titled, parsed.rules, parsed.notation);
    ctx.guesses.push({ what: `编号标题“${excerpt(Item.leadText(titled))}”下的段落连同段末责任单位归入该项措施`, confidence: 0.7 });
    return true;
  }
  const continued = split ? null : continuedTask(ctx.body, parsed.item);
  if (continued) {
    ctx.applyRules(continued, parsed.rules, parsed.notation);
    ctx.guesses.push({ what: `编号任务“${excerpt(Item.leadText(continued))}”后未编号的段落连同段末责任单位归入该项任务`, confidence: 0.7 });
    return true;
  }
  ctx.notes.push(`未编号的段落“${excerpt(line.text)}”带有责任单位，已作为措施导入`);
  ctx.applyRules(parsed.item, parsed.rules, parsed.notation);
  ctx.body.push(parsed.item, ...(split?.parts ?? []));
  if (split) ctx.guesses.push({ what: `段落“${excerpt(line.text)}”内写有 ${split.parts.length} 个（1）（2）……分项，拆为下一级条目`, confidence: 0.7 });
  return true;
}
