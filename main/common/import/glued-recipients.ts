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
  const { from, cut } = glued(lines[at]!)!;
  const line = lines[at]!;
  const pieces = [...markThenNumber(line.text.slice(0, from)), line.text.slice(from, cut), line.text.slice(cut)].map((t) => t.trim()).filter(Boolean);
  return [...lines.slice(0, at), ...pieces.map((t) => makeLine(t)), ...lines.slice(at + 1)];
}

/**
 * "某某办公室文件岚综管办〔2021〕50 号 某某关于印发…的通知": the 发文机关标志 (版头, "…文件") stands over the 文号 on a
 * line of its own; a PDF copied as one line glues the two and keeps the space it wrapped the number at. The
 * 标志 is cut off and the 文号 closed up, so each is read as on its own line.
 */
function markThenNumber(text: string): string[] {
  const m = /^(\S{2,40}?文件)\s*([\u4e00-\u9fff]{1,12}[〔\[【]\d{4}[〕\]】])\s*(\d{1,4})\s*号(?=\s)/.exec(text);
  if (!m) return [text];
  return [m[1]!, `${m[2]}${m[3]}号`, text.slice(m[0].length)];
}

/**
 * The notice's text opens so after its 主送: handing the plan over ("现将《X》印发给你们", "《X》已经…同意"), or
 * saying why ("为…", "根据…", "按照…", "经…研究").
 */
const NOTICE_OPENING = /^(现将|现把|《|为|根据|按照|依据|经)/;

/**
 * Where the text starts after a 主送 glued in front of it, or null. A 主送 opening with 各 may be set apart from
 * the text by a space; with no space ("各片区管理局，区直各单位：现将《…》印发给你们") or not opening with 各
 * ("区党群工作部、…、市场监督管理局：现将…", offices named one by one) the text after the colon must open as a
 * notice's text does.
 */
function glued(line: Line): { from: number; cut: number } | null {
  const g = /^([^。:]{2,190}:)(\s*)(\S.{9,})$/.exec(line.m);
  if (!g) return null;
  const cut = line.m.length - g[3]!.length;
  // "岚综管办〔2022〕30号 某某关于印发…的通知 各片区管理局，区直各单位：现将…": the 文号 and the notice title
  // may stand before the 主送 on the line, set apart by spaces; the 主送 is then what follows them.
  // Only where the text runs on with no space after the colon: a spaced line is split by the reading of a
  // notice title, its 文号 and its 主送 set apart by spaces (notice-title-number-recipients.ts).
  const head = g[2]!.length === 0 ? [...g[1]!.matchAll(/(?:的通知|的通报|的决定|的意见|的函|号)\s+/g)].pop() : undefined;
  const from = head ? head.index + head[0].length : 0;
  const recipients = g[1]!.slice(from);
  // A notice title glued before the 主送 ("…关于印发X的通知各开发区管委会,…:") is cut by the reading of a glued
  // notice (glued-closing-cuts.ts): never taken for a recipient.
  if (/关于.{2,}的(通知|通报|决定|意见|函)/.test(recipients)) return null;
  const spaced = g[2]!.length > 0 && recipients.startsWith('各');
  if (!spaced && !NOTICE_OPENING.test(g[3]!)) return null;
  return HeadLines.isRecipients(makeLine(line.text.slice(from, g[1]!.length))) ? { from, cut } : null;
}
