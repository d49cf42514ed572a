import { hasFigure } from './has-figure';
import type { Line } from './line';

// "治理工作目标:" / "整治目标:" / "创建目标:": a task area of a 专项治理 plan labels its own targets with its
// subject before 目标, on a line of its own over the figures or run into the paragraph after the units
// ("由省经贸委承办,…协办。治理工作目标:…均达85%以上;…"). The plain labels (主要目标, 工作目标) are the
// targets title's; these name the subject first.
const LABEL = '[\\u4e00-\\u9fff]{1,6}?(?:工作)?目标(?:任务|指标)?(?:为|是)?:';

/** A line that is only such a label. */
export function isTargetsLabel(m: string): boolean {
  return new RegExp(`^${LABEL}$`).test(m.replace(/\s/g, ''));
}

/**
 * Where the label starts inside a paragraph, after a sentence ("…协办。治理工作目标:实行…85%以上;…"), when
 * figures follow it; null otherwise. The words before it stay a paragraph.
 */
export function runInTargetsLabel(line: Line): number | null {
  const hit = new RegExp(`。(${LABEL})`).exec(line.m);
  if (!hit) return null;
  const from = hit.index + 1;
  return hasFigure(line.m.slice(from + hit[1]!.length)) ? from : null;
}
