import { HeadLines } from './head-lines';
import { makeLine, type Line } from './line';
import { UNITS_LINE } from './responsibility';

/** A line this long holding paragraphs run together is never one paragraph of a plan. */
const LONG = 200;
/** Numbering after a space: where a run-together copy's next paragraph starts. */
const LABEL = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d)|\([一二三四五六七八九十\d]{1,3}\))/;
/** The numbers that tell a run-together copy: "（1）… （2）…" with spaces may be one measure's parts. */
const PART_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d))/;
/** A 成文日期 or an 附注 after a space starts a line of its own; what follows an 附注 does too. */
const CLOSING = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|\(此件[^)]{2,8}\))/;

/**
 * "…请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) 政府工作报告…责任分解 一、王丹县长牵头
 * 重点工作 1.全县生产总值… 责任单位:县发改局…": a page that lost its line breaks, its paragraphs set apart by a
 * space. A long line with three or more 一、/1. numbers or units labels after a space is split back: at a
 * space after a sentence's end, before a number or a units label, and around a date or an 附注.
 */
export function splitRunTogether(lines: readonly Line[]): { lines: Line[]; splits: number } {
  const out: Line[] = [];
  let splits = 0;
  for (const line of lines) {
    const parts = runTogether(line);
    if (parts.length > 1) splits += parts.length - 1;
    for (const p of parts) out.push(p === line.text ? line : makeLine(p));
  }
  return { lines: out, splits };
}

/**
 * "…请你们结合实际,认真组织实施。 某领导小组办公室 2023年3月30日 2023年某方案为认真贯彻落实…": a notice whose
 * text, 署名, 成文日期 and the plan's title (run into its opening) stand on one line, set apart by spaces. Cut
 * before the 署名, around the date, and after the title; null when the line does not close that way.
 */
function closingCuts(line: Line): number[] | null {
  const c = /[。!]\s+([^\s。,;:、]{2,40}?)\s+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=\s|$)/.exec(line.m);
  if (!c || !HeadLines.isSignatureLine(c[1]!)) return null;
  const sig = c.index + 1;
  const date = line.m.indexOf(c[2]!, sig + c[1]!.length);
  const rest = date + c[2]!.length;
  const cuts = [sig, date, rest];
  const title = /^\s*(.{6,60}?(方案|计划|要点|意见|规划|细则|措施))(?=为|根据|按照|依据)/.exec(line.m.slice(rest));
  if (title && !/[。;,:]/.test(title[1]!)) cuts.push(rest + title[0].length);
  return cuts;
}

function runTogether(line: Line): string[] {
  const closing = line.m.length >= 60 ? closingCuts(line) : null;
  const alone = closing ? cutAt(line, closing) : [line.text];
  if (line.m.length < LONG) return alone;
  const cuts: number[] = [];
  let labels = 0;
  for (const g of line.m.matchAll(/\s+/g)) {
    const before = line.m.slice(0, g.index);
    const after = line.m.slice(g.index + g[0].length);
    const label = LABEL.test(after) || UNITS_LINE.test(after);
    if (PART_NUMBER.test(after) || UNITS_LINE.test(after)) labels++;
    if (label || CLOSING.test(after) || /[。;!?]$/.test(before) || /(?:\(此件[^)]{2,8}\)|\d日)$/.test(before)) cuts.push(g.index);
  }
  // "…制定本方案。一、工作目标…。二、工作任务(一)围绕…。1.把…": a copy that lost its spaces too. A number right
  // after a sentence's end (or after the units note closing it, "…公开。(县政府办公室负责)2.推进…") starts a
  // paragraph; so does "(一)" right after a short part title ("二、工作任务").
  for (const g of line.m.matchAll(/[。;!?)](?=[^\s。;!?)])/g)) {
    const after = line.m.slice(g.index + 1);
    if (!LABEL.test(after) && !UNITS_LINE.test(after)) continue;
    if (PART_NUMBER.test(after) || UNITS_LINE.test(after)) labels++;
    cuts.push(g.index + 1);
  }
  if (labels < 3) return alone;
  cuts.push(...(closing ?? []));
  for (const g of line.m.matchAll(/\([一二三四五六七八九十]{1,3}\)/g)) {
    const from = Math.max(0, ...cuts.filter((c) => c < g.index));
    if (/^\s*[一二三四五六七八九十]{1,3}、[^。;,!?:\s]{1,16}$/.test(line.m.slice(from, g.index))) cuts.push(g.index);
  }
  // "绥棱县2018年政务公开工作要点实施方案为深入贯彻落实…": the title run into the opening sentence.
  const first = Math.min(line.m.length, ...cuts);
  const title = /^(.{6,60}?(方案|计划|要点|意见|规划|细则|措施))(?=为|根据|按照|依据)/.exec(line.m.slice(0, first));
  if (title && !/[。;,:]/.test(title[1]!)) cuts.push(title[1]!.length);
  return cutAt(line, cuts);
}

function cutAt(line: Line, cuts: readonly number[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    parts.push(line.text.slice(from, at).trim());
    from = at;
  }
  parts.push(line.text.slice(from).trim());
  return parts.filter(Boolean);
}
