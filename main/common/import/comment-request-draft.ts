import type { FrontMatter } from './front-matter';
import { classifyLine } from './classify-line';
import { makeLine, type Line } from './line';
import { fuller, same } from './title-text';

/**
 * "关于公开征求《海盐县…工作方案(征求意见稿)》的通知", also "…征求《X》意见(和建议)的通知/公告": the heading of a
 * page asking for comments on a draft X. The 意见 may be left out when X itself says it is a draft.
 */
const REQUEST = /^(?:[\u4e00-\u9fff]{2,30})?关于(?:公开)?(?:征求|征询)《([^》]{4,80})》(?:的)?(意见(?:和建议)?的)?(?:通知|公告)$/;
const DRAFT = /[(（](征求意见稿|草案|送审稿|讨论稿)[)）]$/;

/** How far down the draft's own title may stand: the request, its period, contacts and 附件 list come first. */
const REACH = 30;

/**
 * A request for comments with no 主送, no 署名 and no 成文日期 (a department's page: why it asks, the period,
 * whom to write to, an "附件:" list naming the draft), then the draft itself under its own title. The page
 * states no date or signature that would end the request, so the draft's title line, the document the heading
 * names, ends it: as a 印发 notice hands its plan over, the request hands its draft over. The lines before are
 * the request (the notice's text), the draft is the document. A line of the 附件 list ("2. X") only names it.
 * False, changing nothing, when no line below the heading is the named draft's title.
 */
export function commentRequestDraft(lines: readonly Line[], top: { titles: string[]; stop: number }, fm: FrontMatter): boolean {
  if (fm.mainRecipients.length) return false;
  const found = top.titles.map((t) => ({ t, m: REQUEST.exec(makeLine(t).m) })).find((x) => x.m && (x.m[2] || DRAFT.test(x.m[1]!)));
  if (!found) return false;
  const draft = found.m![1]!;
  const end = Math.min(lines.length, top.stop + REACH);
  for (let j = top.stop + 1; j < end; j++) {
    const line = lines[j]!;
    if (classifyLine(line).kind !== 'text' || !same(line.text.trim(), draft)) continue;
    fm.notice = { title: fuller(top.titles, found.t), titleSynthesized: false, body: lines.slice(top.stop, j).map((l) => l.text) };
    fm.title = line.text.trim();
    fm.next = j + 1;
    fm.guesses.push({ what: `征求意见的页面没有主送、署名和日期，文中“${fm.title}”一行起为征求意见稿正文，之前为征求意见的说明`, confidence: 0.6 });
    return true;
  }
  return false;
}
