import type { Body } from '../model/element-types';
import type { Item } from '../model/item';

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
