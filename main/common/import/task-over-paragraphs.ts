import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import { BULLET } from './item-above';

const hasUnits = (b: Item) => b.leadUnits.length + b.supportUnits.length > 0;
const textOf = (b: { children: Array<{ text: string }> }) => b.children.map((c) => c.text).join('');

/**
 * "（五）提高金融改革创新水平。探索构建…试点。" then a paragraph "深化QFLP政策试点，…" then "责任单位：A、B": a task
 * that runs over more than one paragraph carries its units line once, after its last paragraph, as its siblings
 * carry theirs. Where every numbered task before it of its level has its units, a numbered task without any,
 * followed by unnumbered paragraphs and then a units line, runs over those paragraphs: read alone, the last
 * paragraph would be a second, unnumbered task taking the units. Folds the paragraphs into the task and returns
 * it (for the units line to attach to); null when the body does not end so. `needsParagraph` false: the task
 * may end the body itself (its closing note is then all that follows it; see `continuedTask`).
 */
export function taskOverParagraphs(body: Body, needsParagraph = true): Item | null {
  let k = body.length - 1;
  while (k >= 0 && body[k]!.type === 'paragraph') {
    if (BULLET.test(textOf(body[k] as { children: Array<{ text: string }> }))) return null;
    k--;
  }
  if (needsParagraph && k === body.length - 1) return null;
  const task = k >= 0 ? body[k]! : null;
  if (!task || task.type !== 'item' || task.role !== 'measure' || hasUnits(task)) return null;
  const siblings = body.slice(0, k).filter((b): b is Item => b.type === 'item' && b.level === task.level);
  if (siblings.length === 0 || !siblings.every(hasUnits)) return null;
  const paragraphs = body.splice(k + 1).map((p) => textOf(p as { children: Array<{ text: string }> }));
  task.children = [...task.children, { text: paragraphs.join('') }];
  return task;
}
