import type { FrontMatter } from './front-matter';
import { makeLine, type Line } from './line';
import { takeNotes } from './note-lines';
import { fuller, HANDS_OVER, namedPlan, same, withOpeningQuote } from './title-text';

/**
 * A 印发 notice title with no 主送 and no 成文日期 after it (r < 0): either the notice copied without its
 * 主送 and 署名 — its first line hands the plan over ("《…》已经市人民政府同意，现印发给你们"), the plan is not
 * in the text — or a page that kept the notice's title over the plan's own text ("泰州关于印发…行动方案的
 * 通知" then "为…制定本方案。一、…"). Both: the notice title is the notice's, the plan title the one it names.
 */
export function noticeTitleOverText(lines: readonly Line[], top: { titles: string[]; stop: number }, fm: FrontMatter): boolean {
  const found = top.titles.find((t) => /(印发|转发)/.test(makeLine(t).m) && /通知$/.test(makeLine(t).m));
  const plan = found ? namedPlan(found) : null;
  if (!found || !plan || top.titles.some((t) => t !== found && same(t, plan))) return false;
  const first = top.stop < lines.length ? lines[top.stop]! : null;
  const title = fuller(top.titles, found);
  if (first && HANDS_OVER.test(withOpeningQuote(first.m))) {
    fm.notice = { title, titleSynthesized: false, body: [first.text] };
    fm.title = plan;
    fm.titleFromNotice = true;
    // "(此件公开发布)" right under the sentence: a copy that lost the 署名 and date keeps the 附注 closing the notice.
    const notes = takeNotes(lines, top.stop + 1, lines.length);
    if (notes.note) fm.note = notes.note;
    fm.next = notes.next;
    const follows = fm.next < lines.length && same(lines[fm.next]!.text.trim(), plan);
    fm.guesses.push({ what: `通知“${excerptOf(title)}”没有主送机关，首句印发计划，${follows ? '计划正文在其后' : '计划正文不在文中'}`, confidence: 0.6 });
    return true;
  }
  if (!first || fm.mainRecipients.length) return false;
  fm.notice = { title, titleSynthesized: false, body: [] };
  // "关于印发《…主要任务分解方案》的通知" over "…主要任务分解表": the plan's own heading under the notice may name it
  // by another last word (the table the 方案 is); the document's own title is its title.
  const own = top.titles.find((t) => t !== found && !/通知$/.test(makeLine(t).m) && sameStem(makeLine(t).m, makeLine(plan).m));
  fm.title = own ?? plan;
  fm.guesses.push({ what: `通知标题“${excerptOf(title)}”下面直接是计划正文，计划标题取为“${fm.title}”`, confidence: 0.6 });
  return true;
}

/** Two names of one document that differ only in their last word or two ("…分解方案" / "…分解表"). */
function sameStem(a: string, b: string): boolean {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= 6 && k >= Math.min(a.length, b.length) - 4;
}

function excerptOf(s: string): string {
  return s.length > 30 ? `${s.slice(0, 30)}…` : s;
}
