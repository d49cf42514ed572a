import { HeadLines } from './head-lines';
import { makeLine, type Line } from './line';

/** "…(此件主动公开)": the 附注 right after the date. */
const NOTE = /^\(此件[^)]{2,8}\)/;
/**
 * "滨海新区落实健康天津行动实施方案为进一步贯彻…": the plan's title run into its opening sentence. A plan's
 * background opens with 从 as well ("…专项攻坚方案从2021年省对市评价指标看,…").
 */
const TITLE_OPENING = /^(.{6,60}?(方案|计划|要点|意见|规划|细则|措施))(?=为|根据|按照|依据|从)/;
/**
 * "…印发给你们,莆田市某局2022年8月18日2022年度某专项攻坚方案从…": a feed's digest keeps some clauses of each
 * sentence and joins them with commas, so the notice's text ends in a comma before the 署名. Taken only with the
 * plan's title right after the date (a 署名 and a date inside running text are never followed by a title).
 */
const DIGEST_CLOSING = /,([^\s。,;:、()]{2,40}?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=[^\s。,;:]{6,60}?(方案|计划|要点|意见|规划|细则|措施)(为|根据|按照|依据|从))/;

/**
 * "…关于印发…的通知各开发区管委会,各委局:现将《…》印发给你们,望遵照执行。天津市滨海新区人民政府2020年10月19日
 * (此件主动公开)滨海新区…实施方案为进一步…。一、指导思想…": a page that lost its line breaks and its spaces too, a
 * whole 印发通知 and its plan on one line. The notice's closing — a sentence's stop, the 署名 and the 成文日期 glued
 * together — tells it. Cuts after the notice title and the 主送's colon, before the 署名, around the date, after the
 * 附注 and after the plan title; null when the line does not close that way. (The 主送 may already stand on a
 * line of its own: `splitGluedRecipients` cuts it off first.)
 */
export function gluedClosingCuts(line: Line): { cuts: number[]; digest: boolean } | null {
  // Two organs that sign jointly stand side by side, set apart by a space ("某党工委 某管委会2023年10月24日").
  const stop = /[。!]([^\s。,;:、()]{2,40}?(?:\s[^\s。,;:、()]{2,40}?)?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/.exec(line.m);
  const comma = stop && HeadLines.isSignatureLine(stop[1]!) ? null : DIGEST_CLOSING.exec(line.m);
  const c = comma ?? stop;
  if (!c || !HeadLines.isSignatureLine(c[1]!)) return null;
  // The notice from its title to its closing holds no space (a page byline joined before it may).
  const from = line.m.slice(0, c.index).search(/通知(?=[^通]*$)/);
  if (/\s/.test(line.m.slice(Math.max(0, from), c.index))) return null;
  const sig = c.index + 1;
  const date = sig + c[1]!.length;
  let rest = date + c[2]!.length;
  const cuts = [sig, date, rest];
  const note = NOTE.exec(line.m.slice(rest));
  if (note) cuts.push((rest += note[0].length));
  const title = TITLE_OPENING.exec(line.m.slice(rest));
  if (title && !/[。;,:]/.test(title[1]!)) cuts.push(rest + title[1]!.length);
  // The head, when the line holds it: the notice title ends at its 通知, the 主送 at its colon.
  const head = line.m.slice(0, sig);
  const notice = /通知(?=[^。]{2,80}?[:：])/.exec(head);
  if (notice) cuts.push(notice.index + 2, notice.index + head.slice(notice.index).search(/[:：]/) + 1);
  // "局机关各科室、局属各单位:根据…": a copy that opens with its 主送 (no notice title) is cut after its colon.
  const to = notice ? -1 : head.search(/[:：]/);
  if (to > 0 && HeadLines.isRecipients(makeLine(line.text.slice(0, to + 1)))) cuts.push(to + 1);
  return { cuts, digest: comma !== null };
}
