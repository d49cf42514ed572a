import type { Line } from './line';
import { isWebChrome } from './web-chrome';

/**
 * "…爱护家园。 流水镇人民政府 2017年1月18日 来源：流水镇 附件下载": a page saved on one line keeps its byline and
 * download links after the document's text; they come apart from it only when the line is split back, after the
 * page's chrome was dropped. Trailing lines that are page chrome are dropped then, so the document ends where
 * its own text does (its 署名 and 成文日期 last). Returns the dropped lines' text.
 */
export function dropTrailingChrome(lines: Line[]): string[] {
  const dropped: string[] = [];
  while (lines.length > 1 && isWebChrome(lines[lines.length - 1]!.m.trim())) dropped.unshift(lines.pop()!.text);
  return dropped;
}

/**
 * "流水镇人民政府2017年3月10日Power by YOZOSOFT": an online viewer's credit glued to the 成文日期 it follows; cut
 * there, so the credit stands as a line of its own (page chrome) and the date closes its line.
 */
export function viewerCreditCuts(m: string): number[] {
  return [...m.matchAll(/(?<=\d日)Power(?:ed)?\s+by\s/gi)].map((g) => g.index);
}
