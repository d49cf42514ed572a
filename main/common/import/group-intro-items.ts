import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import { excerpt } from './excerpt';
import { fold } from './line';

type Guess = { what: string; confidence: number };

/**
 * "（一）产业提升人才行动计划。围绕…，实施如下重点项目：" over "2.…（牵头单位：…）" "3.…": a numbered item that
 * introduces a list (its text ends in a colon) and names no unit, followed by lower-level items that carry
 * units of their own, is the heading of those tasks, not a task: the units say who does the items below it,
 * and a 任务分解表 lists them, not the group. Reported as a guess. An intro whose items name no unit stays a
 * measure (its items may be the steps of one task).
 */
export function groupIntroItems(body: Body, guesses: Guess[]): void {
  body.forEach((b, i) => {
    if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) return;
    const assigned = lowerItems(body, i, b.level).filter((x) => x.leadUnits.length + x.supportUnits.length > 0).length;
    if (assigned === 0) return;
    // "1.按照国务院要求,…同标准办理。" over "(1)…。市行政审批局…2022年9月底" "(2)…": a higher plan's task quoted
    // over the local measures that carry it out; two or more items below it with units of their own are the
    // tasks, whatever closes its text.
    const colon = /:$/.test(fold(Item.bodyText(b) || Item.leadText(b)).trim());
    if (!colon && assigned < 2) return;
    b.role = 'point';
    const name = excerpt(Item.leadText(b) || Item.bodyText(b));
    const what = colon ? `编号条目“${name}”以冒号引出下面带责任单位的条目` : `编号条目“${name}”下有 ${assigned} 条各自写明责任单位的条目`;
    guesses.push({ what: `${what}，按小标题导入，不算措施`, confidence: 0.7 });
  });
}

/** The items right after `body[i]` one level down or deeper, up to the next item of its level or above. */
function lowerItems(body: Body, i: number, level: number): Item[] {
  const out: Item[] = [];
  for (const x of body.slice(i + 1)) {
    if (x.type !== 'item') continue;
    if (x.level <= level) break;
    out.push(x);
  }
  return out;
}
