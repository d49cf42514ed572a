import { HeadLines } from './head-lines';

/**
 * "…请结合工作实际，按要求认真贯彻落实。某局 某局某局 某监管组 某联合社 2020年4月14日（此件主动公开）某实施方案 为…":
 * a joint notice of many organs, copied onto one line, sets its 署名 — one organ a line in the document — side by
 * side, some set apart by a space, some glued, the first glued to the hand-over's stop. Every piece between the stop
 * and the 成文日期 being a 署名 tells the closing: cut after the stop and at each space, so the organs stand one a
 * line as the head reads them. Two or more pieces only (one organ before a date is `gluedSignatureDateCuts`' case).
 */
const JOINT = /[。!]\s*((?:[^\s。,;:、()《》]{2,60}\s+){2,12})(?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/g;

/**
 * "2020年4月14日(此件主动公开)某实施方案": the 成文日期 glued to the 附注 and the 附注 to the plan's title. A date is
 * followed by an 附注 only at a notice's closing, and an 附注 closes it: each starts a line of its own.
 */
const DATE_THEN_NOTE = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=\(此件[^)]{2,8}\))/g;
const NOTE_THEN_TEXT = /\(此件[^)]{2,8}\)(?=[^\s)])/g;

/**
 * "…办公室 2019年3月27日 某实施方案(2018—2020年) 为深入…": the 成文日期, the plan's title and its opening sentence set
 * apart by spaces close a notice whoever signed it (after a joint 署名 `closingCuts` does not read the closing, and
 * its title stops at the last word, before bracketed years): the title, up to its years, starts and ends a line.
 */
const DATE_TITLE_OPENING = /(?<=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+)([^\s。,;:]{4,60}?(?:方案|计划|要点|意见|规划|细则|措施)(?:\([^()]{2,16}\)){0,2})(?=\s+(?:为|根据|按照|依据))/g;

export function jointClosingCuts(m: string): number[] {
  const cuts: number[] = [];
  for (const g of m.matchAll(JOINT)) {
    const run = g[1]!;
    const pieces = run.trim().split(/\s+/);
    if (!pieces.every((p) => HeadLines.isSignatureLine(p))) continue;
    const from = g.index + g[0].length - run.length;
    cuts.push(g.index + 1);
    for (const s of run.matchAll(/\s+/g)) cuts.push(from + s.index);
  }
  for (const g of m.matchAll(DATE_TITLE_OPENING)) cuts.push(g.index + g[0].length);
  for (const g of m.matchAll(DATE_THEN_NOTE)) cuts.push(g.index + g[0].length);
  for (const g of m.matchAll(NOTE_THEN_TEXT)) cuts.push(g.index + g[0].length);
  return cuts;
}
