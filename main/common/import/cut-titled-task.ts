import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import { excerpt } from './excerpt';
import { fold } from './line';

const hasUnits = (b: Item) => b.leadUnits.length + b.supportUnits.length > 0;
/** A title with no text of its own: one short phrase, no sentence stop. */
const titleOnly = (b: Item) => b.children.length === 1 && /^[^。;:!?]{4,30}$/.test(fold(b.children[0]!.text).replace(/[。.\s]+$/, ''));

/** The body the copy ends in: the last section's last group, or the last section. */
function lastBody(sections: readonly Section[]): Body | null {
  let s = sections[sections.length - 1];
  while (s && s.sections.length) s = s.sections[s.sections.length - 1];
  return s?.body ?? null;
}

/**
 * "1.完善应急预案体系" over "(1)…(4)" closed by "(责任单位:…)", then "2.健全应急管理体制和运行机制" over "(1)…" where the
 * copy ends: the last title-only item's points run to the copy's end before its units line, so nothing made
 * it the task (`titledItemOverPoints` does when the units line comes) and its first point reads as an untitled
 * task. Siblings of one list are of one kind: after a titled task over its points, the next title over points
 * the copy cut is a task too, its points its parts. Reported as a guess.
 */
export function cutTitledTaskAtEnd(sections: readonly Section[], guesses: HeadGuess[]): void {
  const body = lastBody(sections);
  if (!body) return;
  const items = body.filter((b): b is Item => b.type === 'item');
  const last = items[items.length - 1];
  if (!last || hasUnits(last)) return;
  let k = items.length - 1;
  while (k >= 0 && items[k]!.level === last.level && !hasUnits(items[k]!)) k--;
  const title = items[k];
  if (!title || title.level >= last.level || hasUnits(title) || !titleOnly(title)) return;
  // The sibling above: a task with units, every item between it and this title one of its points.
  let j = k - 1;
  while (j >= 0 && items[j]!.level === last.level && items[j]!.role === 'point') j--;
  const sibling = items[j];
  if (!sibling || j === k - 1 || sibling.level !== title.level || sibling.role !== 'measure' || !hasUnits(sibling)) return;
  title.role = 'measure';
  for (const b of items.slice(k + 1)) b.role = 'point';
  guesses.push({ what: `文末的“${excerpt(title.children[0]!.text)}”与上一项同样是标题下分列要点，原文在其责任单位之前截断，按一项措施导入`, confidence: 0.6 });
}
