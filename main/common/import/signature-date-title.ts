import { HeadLines } from './head-lines';
import type { Line } from './line';

/**
 * "临海市发展和改革局 临海市科学技术局 2022年6月7日 临海市科学技术“十四五”发展规划": a page that set the
 * notice's 署名 (one organ or several), its 成文日期 and the plan's title side by side on one line. The line is
 * cut around the date when what stands before it is a 署名 and what follows is a plan's title (it ends in
 * 规划/方案/计划/要点 …, maybe with its years in brackets), so each is read as the head reads it on lines of
 * its own. Null for any other line.
 */
export function splitSignatureDateTitle(line: Line): string[] | null {
  const m = /^(\S.{1,60}?)\s+((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s+(\S.{3,60})$/.exec(line.m);
  if (!m || !HeadLines.isSignatureLine(m[1]!)) return null;
  const title = m[3]!.trim();
  if (/[。,;:]/.test(title) || !/(规划|方案|计划|要点|意见|细则|措施|办法|清单)(\([^)]{4,16}\))?$/.test(title)) return null;
  const date = line.m.indexOf(m[2]!, m[1]!.length);
  const rest = date + m[2]!.length;
  return [line.text.slice(0, date).trim(), line.text.slice(date, rest).trim(), line.text.slice(rest).trim()];
}

/**
 * "…风险防控能力。 流水镇人民政府2017年3月10日 来源：…": a copy that lost its line breaks may glue the 署名 to the
 * 成文日期 under it. Where what stands right before a date closing its piece is a 署名, the line is cut before the
 * date, so the 署名 and the date are read as they are on lines of their own.
 */
export function gluedSignatureDateCuts(m: string): number[] {
  const cuts: number[] = [];
  for (const g of m.matchAll(/(?<=^|[。!\s])([^\s。,;:、]{2,40}?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=\s|$|Power)/g)) {
    if (HeadLines.isSignatureLine(g[1]!)) cuts.push(g.index + g[1]!.length);
  }
  return cuts;
}
