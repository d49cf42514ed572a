import type { FrontMatter } from './front-matter';
import { isLeadUnitLine } from './lead-unit-line';
import type { Line } from './line';
import { looksLikeUnit } from './unit-names';

/** The drafting-unit line under a plan title ("省質監局" + "(2014年7月)", "(县教育局牵头)"); returns the next index. */
export function preparedBy(lines: readonly Line[], i: number, fm: FrontMatter): number {
  // The top reader may have passed over the lead line already (it is no title line): the line just before the text.
  if (i > 0 && i <= lines.length && isLeadUnitLine(lines[i - 1]!.m)) {
    fm.preparedBy = lines[i - 1]!.text;
    return i;
  }
  const withDate = i < lines.length ? /^(.{2,20}?)\(\d{4}年\d{1,2}月(\d{1,2}日)?\)$/.exec(lines[i]!.m) : null;
  if (withDate && looksLikeUnit(withDate[1]!)) {
    fm.preparedBy = lines[i++]!.text;
  } else if (i < lines.length && isLeadUnitLine(lines[i]!.m)) {
    // "(县自然资源局牵头)": the department that drafted and leads the plan, printed under its title as written.
    fm.preparedBy = lines[i++]!.text;
  } else if (i < lines.length && lines[i]!.m.length <= 20 && looksLikeUnit(lines[i]!.m)) {
    fm.preparedBy = lines[i]!.text;
    i++;
    if (i < lines.length && /^\(\d{4}年\d{1,2}月(\d{1,2}日)?\)$/.test(lines[i]!.m)) fm.preparedBy += lines[i++]!.text;
  }
  return i;
}
