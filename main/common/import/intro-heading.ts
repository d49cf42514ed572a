import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import { fold } from './line';

const hasUnits = (b: Body[number]): boolean => b.type === 'item' && b.leadUnits.length + b.supportUnits.length > 0;

/**
 * "2.推进“公园+”“+公园”建设。以公园为基底注入多元功能，强化…提质。" over "(1)…（牵头单位：…）" /
 * "(2)…（牵头单位：…）": a title and one short sentence (60 characters at most) and whose lower items each carry
 * units of their own heads those tasks — its sentence introduces them, it is no task of its own.
 * `i`: the item's index in `body`.
 */
export function introHeading(body: Body, i: number): boolean {
  const b = body[i];
  if (b?.type !== 'item' || hasUnits(b)) return false;
  // The title and its sentence, whether or not the title was split off as a run-in lead.
  const text = fold(`${Item.leadText(b)}${Item.bodyText(b)}`).trim();
  if (text.length === 0 || text.length > 60 || text.replace(/。$/, '').split('。').length > 2) return false;
  const lower: Body = [];
  for (let k = i + 1; k < body.length; k++) {
    const x = body[k]!;
    if (x.type !== 'item') continue;
    if (x.level <= b.level) break;
    lower.push(x);
  }
  return lower.length >= 2 && lower.every(hasUnits);
}
