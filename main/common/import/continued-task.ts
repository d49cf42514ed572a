import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import { taskOverParagraphs } from './task-over-paragraphs';

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
  const task = taskOverParagraphs(body, false);
  if (!task) return null;
  // The paragraphs and the closing one are one text, as the drafter wrote them.
  task.children[task.children.length - 1]!.text += closing.children.map((c) => c.text).join('');
  task.leadUnits = [...closing.leadUnits];
  task.supportUnits = [...closing.supportUnits];
  task.deadline = task.deadline ?? closing.deadline;
  return task;
}
