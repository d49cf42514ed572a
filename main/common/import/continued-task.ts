import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import { BULLET } from './item-above';

const hasUnits = (b: Item) => b.leadUnits.length + b.supportUnits.length > 0;

/**
 * "15.按照不同区域功能定位分类，研究制定建设标准……。" then a paragraph "在总结评估……目标任务。（牵头单位：A）":
 * where every numbered task before it closes with its own unit note, a numbered task without one, followed by
 * unnumbered paragraphs the last of which closes with a note, runs over those paragraphs — the drafter put the
 * note once, at the task's end, as for its siblings. Read alone, the last paragraph would be a second, unnumbered
 * task holding the units and the numbered one a task with none. Folds the paragraphs and `closing` (the
 * paragraph that carried the units, made an item already) into the task and returns it; null when the body does
 * not end so. Needs an earlier sibling of the task's level, all of them with units (the plan's own habit).
 */
export function continuedTask(body: Body, closing: Item): Item | null {
  let k = body.length - 1;
  while (k >= 0 && body[k]!.type === 'paragraph') {
    const text = (body[k] as { children: Array<{ text: string }> }).children.map((c) => c.text).join('');
    if (BULLET.test(text)) return null;
    k--;
  }
  const task = k >= 0 ? body[k]! : null;
  if (!task || task.type !== 'item' || task.role !== 'measure' || hasUnits(task)) return null;
  const siblings = body.slice(0, k).filter((b): b is Item => b.type === 'item' && b.level === task.level);
  if (siblings.length === 0 || !siblings.every(hasUnits)) return null;
  const paragraphs = body.splice(k + 1).map((p) => (p as { children: Array<{ text: string }> }).children.map((c) => c.text).join(''));
  const tail = [...paragraphs, closing.children.map((c) => c.text).join('')].join('');
  task.children = [...task.children, { text: tail }];
  task.leadUnits = [...closing.leadUnits];
  task.supportUnits = [...closing.supportUnits];
  task.deadline = task.deadline ?? closing.deadline;
  return task;
}
