import type { Body } from '../model/element-types';
import type { ItemLevel } from '../model/item';
import { classifyLine } from './classify-line';
import { excerpt } from './excerpt';
import { splitInlineParts } from './inline-parts';
import { makeLine, type Line } from './line';

/** What the body builder lends: how it adds an item, the body it adds to, and the report's lists. */
export interface InlinePartsContext {
  addItem(line: Line, start: number, level: ItemLevel, n: number): void;
  body(): Body;
  notes: string[];
  guesses: Array<{ what: string; confidence: number }>;
}

/**
 * "1.加强X。主要包括：（1）……；（2）……。（县发改局负责）": sub-items written inside one paragraph. The head
 * stays the measure (with the units written at the end, which cover all its parts); each （n） part becomes
 * an item one level down, a part of the measure (role point), numbered by the plan as the original did.
 * False when the line has no such parts.
 */
export function inlinePartsMeasure(line: Line, start: number, level: 2 | 3, n: number, ctx: InlinePartsContext): boolean {
  const split = splitInlineParts(line.text, line.m, start);
  if (!split) return false;
  const { head, parts } = split;
  if (split.movedNote) ctx.notes.push(`第 ${n} 项“${excerpt(line.text.slice(start))}”：段内的（1）（2）……分项拆为下一级条目，段末的责任单位归本项`);
  ctx.addItem(makeLine(head, line.bold), start, level, n);
  const owner = ctx.body()[ctx.body().length - 1];
  const sub = Math.min(level + 1, 4) as ItemLevel;
  parts.forEach((p, i) => {
    const pl = makeLine(p.trim());
    const c = classifyLine(pl);
    ctx.addItem(pl, c.kind === 'n4' ? c.start : 0, sub, i + 1);
    const it = ctx.body()[ctx.body().length - 1];
    if (it?.type === 'item' && owner?.type === 'item' && owner.role === 'measure' && it.leadUnits.length + it.supportUnits.length === 0) it.role = 'point';
  });
  ctx.guesses.push({ what: `第 ${n} 项段内写有 ${parts.length} 个（1）（2）……分项，拆为下一级条目`, confidence: 0.7 });
  return true;
}
