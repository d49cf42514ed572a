import { damagedDate, parseChineseDate } from './chinese-number';
import { HeadLines } from './head-lines';
import type { Line } from './line';
import { takeNotes } from './note-lines';

/**
 * A 成文日期 line past the notice's own 一、二、, followed (after an 附注) by a title line. A date that lost its
 * 年月日 ("2022526") counts when its digits have one reading only.
 */
export function datedEnd(lines: readonly Line[], from: number, to: number): { at: number; by: 'date' } | null {
  for (let i = from; i < to; i++) {
    const m = lines[i]!.m.trim();
    if (!parseChineseDate(m.replace(/\s+/g, '')) && !damagedDate(m)?.sure) continue;
    const j = takeNotes(lines, i + 1, lines.length).next;
    return j < lines.length && HeadLines.titleish(lines[j]!) ? { at: i, by: 'date' } : null;
  }
  return null;
}
