import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import { fold } from './line';

/**
 * "（二）加大…教育培训力度。开展…。该项工作由区海洋与渔业技术中心负责，具体如下：" over "1.…" "2.…": an item
 * whose last sentence says who does the work and then introduces the list ("该项工作由X负责，具体如下：")
 * names the unit of every item below it; a 工作要点 says so once rather than after each point. The items below
 * that name no unit of their own take it (and `headingItems` then reads the intro as their heading).
 */
const DUTY_INTRO = /(?:^|[。;])(?:该项|此项|这项|上述|以上)?(?:工作|任务)?由([^,。;:、()]{2,30}?)(?:负责|牵头)(?:实施|落实)?,(?:具体|主要)?(?:工作|内容|安排|任务)?如下:$/;

/** Gives the unit named in an intro's closing duty sentence to the items under it that name none. */
export function introDutyUnits(body: Body): void {
  body.forEach((b, i) => {
    if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) return;
    const text = fold(`${Item.leadText(b)}${Item.bodyText(b)}`).replace(/\s/g, '');
    const unit = DUTY_INTRO.exec(text)?.[1];
    if (!unit) return;
    const below: Item[] = [];
    for (const x of body.slice(i + 1)) {
      if (x.type !== 'item') continue;
      if (x.level <= b.level) break;
      below.push(x);
    }
    if (below.length < 2 || below.some((x) => x.leadUnits.length + x.supportUnits.length > 0)) return;
    for (const x of below) x.leadUnits = [unit];
  });
}
