import type { Section } from '../model/section';

/**
 * "（一）全面排查，分类建档" on its own line, then two paragraphs, then "相关部门：A、B、C等。": a group titled on its
 * line whose plain paragraphs one units line closes is a single task — a 实施方案 writes a task's text in as many
 * paragraphs as it needs under its title and names its units once, at the end. The paragraphs are joined into
 * one (changed in place) so the group is read as a group holding one paragraph is: its title and text one
 * measure. Returns whether they were joined; a group holding items, sub-groups or one paragraph is left alone.
 */
export function mergeGroupParagraphs(sub: Section | null): boolean {
  if (!sub || sub.sections.length > 0 || sub.body.length < 2) return false;
  if (!sub.body.every((b) => b.type === 'paragraph')) return false;
  const children = sub.body.flatMap((b) => (b.type === 'paragraph' ? b.children : []));
  sub.body.splice(0, sub.body.length, { type: 'paragraph', children });
  return true;
}

/** Whether a group's body so far holds only plain paragraphs (one or more) and no sub-group. */
export function onlyParagraphs(sub: Section | null): boolean {
  return !!sub && sub.sections.length === 0 && sub.body.length > 0 && sub.body.every((b) => b.type === 'paragraph');
}

/**
 * "（六）引育复合型人才队伍" on its own line, then two paragraphs, then a third closed by "（责任单位：A、B…）": the same
 * single task as above, its units written at the end of its last paragraph instead of on a line of their own — a
 * group whose earlier paragraphs name no unit gets them all from the one closing note. The paragraphs are moved
 * into the task the note made (changed in place), so the group holds one task with all its text. Only when the
 * group held nothing but plain paragraphs before the note (`before`) and the task has no run-in title of its own.
 */
export function mergeParagraphsIntoNotedTask(sub: Section | null, before: boolean): boolean {
  if (!sub || !before) return false;
  const last = sub.body[sub.body.length - 1];
  if (!last || last.type !== 'item' || last.children.some((c) => c.lead)) return false;
  const rest = sub.body.slice(0, -1);
  if (rest.length === 0 || !rest.every((b) => b.type === 'paragraph')) return false;
  last.children = [...rest.flatMap((b) => (b.type === 'paragraph' ? b.children : [])), ...last.children];
  sub.body.splice(0, sub.body.length, last);
  return true;
}
