import { HeadLines } from './head-lines';
import { makeLine, type Line } from './line';

/** Lines of the head searched for the 主送 (as parseFrontMatter does). */
const HEAD = 80;

/**
 * "各镇人民政府(街道办事处),县政府各部门、直属各单位: 《…》已经县政府同意,现印发给你们…": a page that ran
 * the 主送 and the notice's text together on one line, set apart by a space. When no line of the head is a
 * 主送 by itself, such a line is split after its colon, so the 主送 is read and the text stays the notice's.
 */
export function splitGluedRecipients(lines: readonly Line[]): Line[] {
  const head = lines.slice(0, HEAD);
  if (head.some((l) => HeadLines.isRecipients(l))) return [...lines];
  const at = head.findIndex((l) => glued(l) !== null);
  if (at < 0) return [...lines];
  const cut = glued(lines[at]!)!;
  const line = lines[at]!;
  return [...lines.slice(0, at), makeLine(line.text.slice(0, cut).trim()), makeLine(line.text.slice(cut).trim()), ...lines.slice(at + 1)];
}

/** Where the text starts after a 主送 glued in front of it, or null. */
function glued(line: Line): number | null {
  const g = /^(各[^。:]{1,190}:)\s+(\S.{9,})$/.exec(line.m);
  if (!g || !HeadLines.isRecipients(makeLine(line.text.slice(0, g[1]!.length)))) return null;
  return line.m.length - g[2]!.length;
}
