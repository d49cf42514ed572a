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
