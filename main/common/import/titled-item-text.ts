import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import { BULLET } from './item-above';
import { fold } from './line';

/** A numbered line that is only a task's title: short, one phrase, no sentence of its own and no units. */
function isTitleOnly(b: Body[number]): b is Item {
  if (b.type !== 'item' || b.role !== 'measure' || b.leadUnits.length + b.supportUnits.length > 0) return false;
  if (b.children.length !== 1) return false;
  const t = fold(b.children[0]!.text).replace(/[。.\s]+$/, '');
  return t.length >= 4 && t.length <= 30 && !/[。;:,!?]/.test(t);
}

/**
 * "1.强化区级主体责任" on a line of its own, then the task's paragraphs, then its "(责任单位：…)" line (or a note
 * closing the last paragraph): the paragraphs are the titled task's text and the units its — read alone, the
 * last paragraph would become a second, untitled task and the title a task with no text. Finds such a title
 * item with only plain paragraphs after it in `body`, folds those paragraphs into it (removing them from
 * `body`) and returns it; null when the body does not end so. `closing`: the paragraph that carried the units
 * (made an item already), folded in last. A bulleted paragraph ("--…") is a task of its own and stops the search.
 */
export function titledItemText(body: Body, closing?: Item): Item | null {
  let k = body.length - 1;
  while (k >= 0 && body[k]!.type === 'paragraph') {
    const text = (body[k] as { children: Array<{ text: string }> }).children.map((c) => c.text).join('');
    if (BULLET.test(text)) return null;
    k--;
  }
  const title = k >= 0 ? body[k]! : null;
  if (!title || !isTitleOnly(title) || (k === body.length - 1 && !closing)) return null;
  const paragraphs = body.splice(k + 1).map((p) => (p as { children: Array<{ text: string }> }).children.map((c) => c.text).join(''));
  const head = title.children[0]!.text.replace(/[。.\s]+$/, '');
  title.children = [{ text: `${head}。`, lead: true }, { text: [...paragraphs, ...(closing ? [closing.children.map((c) => c.text).join('')] : [])].join('') }];
  if (closing) {
    title.leadUnits = [...closing.leadUnits];
    title.supportUnits = [...closing.supportUnits];
    title.deadline = title.deadline ?? closing.deadline;
  }
  return title;
}

/**
 * "2.落实属地主体责任" / its intro paragraph / "(1)…" "(2)…" "(3)…" / "(责任单位：…)": the units line closes the
 * titled task, whose points the (n) lines are — not the last point alone. Applies when the body ends in two or
 * more such points, none with units of its own, under a title-only item (a 工作要点 whose "(1)" tasks each
 * carry a units line gives the first one its units before a second point is read). The paragraphs between the
 * title and its points become the task's text, the points turn points. Returns the titled task, or null.
 */
export function titledItemOverPoints(body: Body): Item | null {
  const last = body[body.length - 1];
  if (last?.type !== 'item') return null;
  let k = body.length - 1;
  let points = 0;
  for (; k >= 0; k--) {
    const b = body[k]!;
    if (b.type === 'item' && b.level === last.level) {
      if (b.leadUnits.length + b.supportUnits.length > 0) return null;
      points++;
    } else if (b.type !== 'paragraph') break;
  }
  const title = k >= 0 ? body[k]! : null;
  if (points < 2 || !title || !isTitleOnly(title) || title.level >= last.level) return null;
  let first = k + 1;
  while (body[first]!.type === 'paragraph') first++;
  const intro = body.splice(k + 1, first - k - 1).map((p) => (p as { children: Array<{ text: string }> }).children.map((c) => c.text).join(''));
  const head = title.children[0]!.text.replace(/[。.\s]+$/, '');
  title.children = intro.length > 0 ? [{ text: `${head}。`, lead: true }, { text: intro.join('') }] : [{ text: head }];
  for (const b of body.slice(k + 1)) if (b.type === 'item') b.role = 'point';
  return title;
}
