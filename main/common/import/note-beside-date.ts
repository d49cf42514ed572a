import { damagedDate, parseChineseDate } from './chinese-number';
import { sliceLine, type Line } from './line';

// "(此件发至乡)                  2017年6月13日": a page that set the 附注 and the 成文日期 side by side (the
// note at the left margin, the date at the right, as a printed notice may) keeps them on one line. The head
// readers read a date line and an 附注 line each on its own, in the order GB/T 9704 sets them: date, then note.
const NOTE_THEN_DATE = /^(\s*\([^()]{2,40}\))(\s{2,})(\S.{5,20})$/;

/** Lines with an 附注 and a date side by side split in two: the date, then the note. */
export function splitNoteBesideDate(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const g = NOTE_THEN_DATE.exec(line.m);
    const date = g ? g[3]!.replace(/\s+/g, '') : '';
    if (!g || !(parseChineseDate(date) || damagedDate(date))) {
      out.push(line);
      continue;
    }
    const at = g[1]!.length + g[2]!.length;
    out.push(sliceLine(line, at), sliceLine(line, 0, g[1]!.length));
  }
  return out;
}
