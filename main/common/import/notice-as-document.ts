import type { FrontMatter } from './front-matter';
import { makeLine, type Line } from './line';

/**
 * "…查重检测通知" / "各系部及2018届本科毕业生：" / its own requirements / 署名 / date, and nothing after: a 通知
 * issued as it is that the head reader took for a wrapper, because its date closes it. It hands no plan
 * over (no 印发/转发 in its title, no 《》, no title after its date), so its own title is the document's title.
 * A notice handing over several documents at once ("《A》等五个…") keeps them as attachments: the same holds.
 */
export function noticeAsDocument(lines: readonly Line[], by: 'date' | 'note' | 'title', fm: FrontMatter): void {
  if (by !== 'date' || fm.title || !fm.notice || fm.notice.titleSynthesized) return;
  const t = makeLine(fm.notice.title).m;
  // "关于调整《A工作方案》等五个工作方案的通知": several documents handed over as attachments, none of them in the
  // text; with nothing after the date the notice is the document, as one that hands nothing over is.
  const several = /》\s*等/.test(t);
  if (!/通知$/.test(t) || (!several && /印发|转发|下发|下达|颁发|批转|《.+》/.test(t))) return;
  if (lines.slice(fm.next).some((l) => l.m.trim() !== '')) return;
  fm.title = fm.notice.title;
  fm.guesses.push({ what: `通知没有印发文件，署名和日期之后再无正文：通知本身即文件，标题取“${fm.title}”`, confidence: 0.7 });
}
