import type { FrontMatter } from './front-matter';
import type { Line } from './line';
import { looksLikeUnit } from './unit-names';

/** The drafting-unit line under a plan title ("省質監局" + "(2014年7月)"); returns the next index. */
export function preparedBy(lines: readonly Line[], i: number, fm: FrontMatter): number {
  const withDate = i < lines.length ? /^(.{2,20}?)\(\d{4}年\d{1,2}月(\d{1,2}日)?\)$/.exec(lines[i]!.m) : null;
  if (withDate && looksLikeUnit(withDate[1]!)) {
    fm.preparedBy = lines[i++]!.text;
  } else if (i < lines.length && lines[i]!.m.length <= 20 && looksLikeUnit(lines[i]!.m)) {
    fm.preparedBy = lines[i]!.text;
    i++;
    if (i < lines.length && /^\(\d{4}年\d{1,2}月(\d{1,2}日)?\)$/.test(lines[i]!.m)) fm.preparedBy += lines[i++]!.text;
  }
  return i;
}
