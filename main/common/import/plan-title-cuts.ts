/**
 * A plan's title, as a page that lost its line breaks sets it: its words in one or two runs (an organ's name and
 * the title proper, "某局 2016年政务公开工作实施方案"; a title broken before its quoted words, "…治理 “餐桌污染”…工作
 * 方案"), ending in the word for its kind of document, perhaps with a bracketed period or status.
 */
const TITLE = String.raw`[^\s。,;:]{2,40}(?:\s[^\s。,;:]{2,40})?(?:方案|计划|要点|意见|规划|细则|措施|预案)(?:\([^()]{2,16}\))?`;

/** The words a plan's opening sentence starts with ("为全面推进…", "根据省…文件精神"). */
const OPENING = '(?:为|根据|按照|依据)';

/**
 * What stands right before a plan's title in a notice's copy: the 附件 label over the attached plan ("附件：" and
 * the title, GB/T 9704 sets the attachment's label on a line above its title), or the 印发 line that closes the
 * notice ("某局综合处 2016年4月8日印发", the 版记 printed under the notice, before the plan it sends).
 */
const BEFORE_TITLE = String.raw`(?:(?:^|\s)附件[:：]|\d日印发)\s+`;

/**
 * "…2016年7月9日 附件： 某局 2016年政务公开工作实施方案 为全面推进…。 一、…" or "…2016年4月8日印发 2016年某工作方案
 * 根据省…": in a copy run together, the 附件 label or the 印发 line, the plan's title and its opening sentence stand
 * on one line. Each starts a line of its own in the document, so the line is cut after the label and after the
 * title; the title is only taken where the opening sentence follows it, so a listed attachment is left alone.
 */
export function planTitleCuts(m: string): number[] {
  const cuts: number[] = [];
  const re = new RegExp(`${BEFORE_TITLE}(${TITLE})\\s+(?=${OPENING})`, 'g');
  for (const g of m.matchAll(re)) {
    const start = g.index + g[0].indexOf(g[1]!);
    cuts.push(start, start + g[1]!.length);
  }
  return cuts;
}
