import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import { makeLine, type Line } from './line';

/**
 * "牵头领导：常务副区长" / "主要责任单位：区发展改革委" / "完成时限：12月底": under a task a 分工方案 may name the
 * leader in charge (a person, not a unit) on a line of its own before the units and deadline lines.
 */
export const LEADER_LINE = /^(牵头|责任|分管|包抓|包保|联系|主要)?(县|区|市|州|旗)?级?领导\s*[:]/;
/** A deadline on a line of its own ("完成时限：2023年12月底"); the value in group 2 (matching copy). */
export const DEADLINE_LINE = /^(完成时限|完成时间|时限要求|时间节点|时限)\s*[:]\s*(\S.*)$/;

/** The item a units or deadline line under it belongs to: the last one, past the leader lines below it. */
export function itemAbove(body: Body): Item | null {
  for (let i = body.length - 1; i >= 0; i--) {
    const b = body[i]!;
    if (b.type === 'item') return b;
    const t = b.type === 'paragraph' ? b.children.map((c) => c.text).join('').replace(/：/g, ':') : '';
    if (!LEADER_LINE.test(t)) return null;
  }
  return null;
}

/** "--", "——", "●": a list item's bullet before its text. */
export const BULLET = /^\s*(-{2,}|—{1,2}|－{1,2}|[●■◆▪•·])\s*/;

/**
 * "--做好医疗废物统计工作……" then "责任单位：区卫生局": an unnumbered paragraph (often a bulleted list item) that a
 * units line follows at once is the task those units carry out. Returns the paragraph's line (its bullet
 * dropped) and removes it from `body`, or null when the element above is not such a paragraph.
 */
export function paragraphAbove(body: Body): (Line & { bullet: boolean }) | null {
  const b = body[body.length - 1];
  if (b?.type !== 'paragraph') return null;
  const text = b.children.map((c) => c.text).join('');
  const line = { ...makeLine(text.replace(BULLET, '')), bullet: BULLET.test(text) };
  // A short line is a title, not a task; a labelled line ("牵头负责领导:…") belongs to the item above it.
  if (line.m.length < 8 || LEADER_LINE.test(line.m) || /^[^,。;]{2,10}:/.test(line.m)) return null;
  body.pop();
  return line;
}

/** "完成时限：2023年12月底" on a line of its own under a task (past its leader and units lines): its deadline. */
export function takeDeadlineLine(body: Body, line: Line): boolean {
  const g = DEADLINE_LINE.exec(line.m);
  const last = g ? itemAbove(body) : null;
  if (!g || !last || last.deadline) return false;
  last.deadline = line.text.slice(line.m.length - g[2]!.length).trim();
  return true;
}
