import { HeadLines } from './head-lines';
import type { Line } from './line';

/**
 * The bracketed lines under a notice's 成文日期: its 附注 "（此件公开发布）", and on some pages a contact line
 * set the same way above it ("（联系电话：区政府办公室信息科，0531-…）"). Both are read past, so the plan title
 * after them is not joined to one; the 附注 is the "此件…" line when there is one (what the corpus and the
 * 印发 dialog call the 附注), else the first. Returns the 附注's line text (null when there is no bracketed
 * line) and the index after the last one.
 */
export function takeNotes(lines: readonly Line[], from: number, to: number): { note: string | null; next: number } {
  let j = from;
  const notes: Line[] = [];
  while (j < to && notes.length < 3 && HeadLines.isNote(withoutPageNumber(lines[j]!.m.trim()))) notes.push(lines[j++]!);
  const note = notes.find((l) => /^\(?此件/.test(l.m.trim())) ?? notes[0];
  return { note: note ? withoutPageNumber(note.text.trim()) : null, next: j };
}

/**
 * "（此件主动公开）—2—": a PDF copy that lost the line break before the page's number ("—2—") glues it to the
 * 附注, the last line on its page.
 */
function withoutPageNumber(t: string): string {
  return t.replace(/\s*[—－\-–―]\s*\d{1,3}\s*[—－\-–―]$/, '');
}
