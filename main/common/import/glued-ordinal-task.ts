import type { Body } from '../model/element-types';
import type { HeadGuess } from './front-matter';
import type { IdMaker } from './id-maker';
import { makeLine } from './line';
import { makeItem } from './make-item';

/**
 * "全力推进东西湖水环境治理一是细化…。二是重点实施…。三是…": a task's title run straight into its points, the stop
 * (or the line break) after it lost by the page. A 工作计划 of a bureau may be one task written so — a short title
 * (no stop, no comma) then 一是…。二是…。 in one paragraph — with no heading or number anywhere. The title
 * ends where 一是 begins: an ordinal point never starts inside a title, and the points are the task's own steps
 * (one task, as a (一) whose text is a 一是/二是 paragraph). Matched on the folded copy.
 */
const GLUED = /^([^,;:。、“”"《》()!?\d]{4,24}?)一是[^。]{4,}。.*二是/;

/** In a body with no heading and no item: such paragraphs become measures titled by their glued titles. */
export function gluedOrdinalTasks(preamble: Body, ids: IdMaker, guesses: HeadGuess[]): number {
  let n = 0;
  for (let i = 0; i < preamble.length; i++) {
    const b = preamble[i]!;
    if (b.type !== 'paragraph') continue;
    const line = makeLine(b.children.map((c) => c.text).join(''));
    const hit = GLUED.exec(line.m);
    if (!hit) continue;
    const title = line.text.slice(0, hit[1]!.length);
    const item = makeItem(line, 0, 2, () => 'measure', ids, { runInTitle: false }).item;
    const body = item.children.map((c) => c.text).join('').slice(title.length);
    item.children = [{ text: title, lead: true }, { text: body }];
    preamble[i] = item;
    guesses.push({ what: `“${title}”后直接接“一是……二是……”（标题后缺少句号），按一条措施导入，标题为“${title}”`, confidence: 0.6 });
    n++;
  }
  return n;
}
