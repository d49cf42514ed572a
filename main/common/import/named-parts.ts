import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import { fold } from './line';

/** "(1)县道", "(2)乡、村道": a bare name of a few characters, no sentence and no units. */
export function isBareName(b: Body[number] | undefined): boolean {
  if (b?.type !== 'item' || b.leadUnits.length + b.supportUnits.length > 0) return false;
  const t = fold(Item.leadText(b) || Item.bodyText(b)).replace(/[。.:\s]+$/, '');
  return t.length >= 1 && t.length <= 8 && !/[。;:,!?]/.test(t);
}

/**
 * "1.明确市、区、街镇三级财政出资比例" over "(1)县道" / its paragraph / "(2)乡、村道" / …: the lower items name
 * the parts the task's text is set out by (roads, places), they are not tasks under a heading — the numbered
 * title stays the task and its parts turn points. `i`: the title item's index in `body`. Returns whether so.
 */
export function namedPartsUnder(body: Body, i: number): boolean {
  const title = body[i];
  if (title?.type !== 'item' || !isBareName(body[i + 1]) || body[i + 2]?.type !== 'paragraph') return false;
  for (let k = i + 1; k < body.length; k++) {
    const b = body[k]!;
    if (b.type !== 'item') continue;
    if (b.level <= title.level) break;
    b.role = 'point';
  }
  return true;
}
