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
  return lower.length >= 2 && (lower.every(hasUnits) || titledTasks(lower));
}

/** The item's text opens with its own short title closed by 。 ("开展“一证多址”改革。"); what follows it, if any. */
function ownTitle(b: Body[number]): { title: string; rest: string } | null {
  if (b.type !== 'item') return null;
  const text = fold(`${Item.leadText(b)}${Item.bodyText(b)}`).trim();
  const stop = text.indexOf('。');
  if (stop <= 0 || stop > 30 || /[,;:]/.test(text.slice(0, stop))) return null;
  return { title: text.slice(0, stop), rest: text.slice(stop + 1).trim() };
}

/**
 * "（一）企业开办、经营及退出。在市场准入…方便企业和群众办事创业。" over "1.开展“一证多址”改革。对…" /
 * "2.开展企业住所标准化登记。建立…": lower items that each open with a title of their own and go on with their
 * text are tasks in their own right (a 任务分解表 row each), so the short item above them names their field; the
 * steps of one task are not titled so. At least two must have text after the title (the copy may cut the last).
 */
function titledTasks(lower: Body): boolean {
  const titled = lower.map(ownTitle);
  return titled.every((t) => t !== null) && titled.filter((t) => t!.rest.length > 0).length >= 2;
}
