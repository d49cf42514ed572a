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
