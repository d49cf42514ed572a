import { damagedDate, parseChineseDate } from './chinese-number';
import { HeadLines } from './head-lines';
import { fold, type Line } from './line';
import { classifyLine } from './classify-line';
import { key, same, TITLE_END, withOpeningQuote } from './title-text';

/** The plan title the notice names, written from line `i` on one line or set over up to four ("关于加快推进全市第三产业" / "跨越发展的实施意见"). */
function titleStartsAt(lines: readonly Line[], i: number, to: number, planTitle: string): boolean {
  let joined = '';
  for (let j = i; j < Math.min(to, i + 4); j++) {
    joined += lines[j]!.m.trim();
    if (same(joined.replace(/^《(.*)》$/, '$1'), planTitle)) return true;
    if (!key(planTitle).startsWith(key(joined))) return false;
  }
  return false;
}

/**
 * "<此件公开发布>" / "某县…办公室" / "2018年11月21日": a page that set the 附注 above the 署名 and date; the notice
 * ends at its date, not at the 附注.
 */
function signedBelow(lines: readonly Line[], from: number, to: number): boolean {
  let i = from;
  while (i < Math.min(to, from + 2) && HeadLines.isSignatureLine(lines[i]!.m.trim())) i++;
  return i > from && i < to && parseChineseDate(lines[i]!.m.replace(/\s+/g, '')) !== null;
}

/** Where the notice ends: its 成文日期, its 附注, or (neither written) the plan title it names. */
export function noticeEnd(lines: readonly Line[], from: number, to: number, planTitle: string | null): { at: number; by: 'date' | 'note' | 'title' } | null {
  for (let i = from; i < to; i++) {
    const m = lines[i]!.m.trim();
    if (parseChineseDate(m.replace(/\s+/g, '')) || damagedDate(m)) return { at: i, by: 'date' };
    if (HeadLines.isNote(m) && i > from && !signedBelow(lines, i + 1, to)) return { at: i, by: 'note' };
    if (planTitle && i > from && titleStartsAt(lines, i, to, planTitle)) return { at: i, by: 'title' };
  }
  // Neither written in the copy: the notice is the sentence that hands a named plan over ("现将《…》印发给你们").
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const m = withOpeningQuote(lines[i]!.m);
    if (/《.+》/.test(m) && /(印发|转发|下发)给?你们|现予印发|现印发/.test(m)) return { at: i + 1, by: 'title' };
  }
  // Nor its 署名 or date: "…確定的工作任務進行責任分解。…" then "《政府工作報告》重點工作責任分解" over "一、": a
  // title line right above the first heading, after the notice's text that hands over or divides the work.
  const last = to - 1;
  if (last > from && to < lines.length && classifyLine(lines[to]!).kind === 'h1') {
    const m = lines[last]!.m.trim();
    const text = lines.slice(from, last).map((l) => l.m).join('');
    if (m.length <= 60 && HeadLines.titleish(lines[last]!) && TITLE_END.test(m) && /现将|印发|下达|(责任|任务)分解|分解(落实|下达)/.test(text)) return { at: last, by: 'title' };
  }
  return null;
}

/**
 * A 印发 notice whose plan is not in the copy (an attachment) and that states its own requirements: "…确定
 * 2024年实施33项重点民生实事项目(详见附件1)，现将有关事宜通知如下：" then 一、二、三、. The notice is that
 * sentence and what follows it (its requirements), not a document issued as it is.
 */
export function requirementsEnd(lines: readonly Line[], from: number, to: number, titles: readonly string[]): { at: number; by: 'title' } | null {
  if (!titles.some((t) => /(印发|转发|下发|下达|颁发)\S*的?通知$/.test(fold(t).replace(/\s/g, '')))) return null;
  for (let i = from; i < Math.min(to, from + 3); i++) {
    if (/(通知|要求)如下[:：]?$/.test(lines[i]!.m.trim())) return { at: i + 1, by: 'title' };
  }
  return null;
}
