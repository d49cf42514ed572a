import { isAttachmentLabel } from './attachment-label';
import type { FrontMatter } from './front-matter';
import type { Line } from './line';

// Kinds of 公文 that are a document of their own, never a wrapper handing a plan over.
const OWN_KIND = /关于.+(通报|决定|通告|批复|报告|函)$/;

/**
 * "四川省人民政府办公厅" / "关于…考核结果的通报" / 文号 / 主送 / its text / "附件：…名单" / 署名 / date / "附件" /
 * the list: a 通报 (决定, 批复 …) issued as it is, whose attachment the head reader took for the plan after
 * a wrapper, because a title follows the date. Such a document hands nothing over: its own title (read
 * above the 主送) is the document's title, and what follows the "附件" label is its attachment.
 */
export function documentWithAttachment(lines: readonly Line[], titles: readonly string[], fm: FrontMatter): void {
  if (!fm.notice?.titleSynthesized) return;
  const own = titles.find((t) => OWN_KIND.test(t) && !/印发|转发|下发|批转/.test(t));
  // The "附件" label stands over the title taken for the plan's, just before where the body starts.
  const labelled = lines.slice(Math.max(0, fm.next - 4), fm.next).some((l) => isAttachmentLabel(l.m));
  if (!own || !labelled) return;
  fm.title = own;
  fm.notice = { ...fm.notice, title: own, titleSynthesized: false };
  fm.guesses = fm.guesses.filter((g) => !g.what.startsWith('原文没有通知标题'));
  fm.guesses.push({ what: `“${own}”本身即文件（不是印发通知），日期后的“附件”是它的附件`, confidence: 0.6 });
}
