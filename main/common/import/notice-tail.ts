import { isAttachmentLabel } from './attachment-label';
import { parseChineseDate } from './chinese-number';
import { CONTACT_LABEL } from './contact-label';
import { cleanTitle } from './clean-title';
import { datedEnd } from './dated-end';
import type { FrontMatter } from './front-matter';
import { HeadLines } from './head-lines';
import type { Line } from './line';
import { takeNotes } from './note-lines';
import { preparedBy } from './prepared-by';
import { REPLY_INTRO } from './reply-channels';
import type { Top } from './read-top';
import { titleRun } from './read-notice';

/**
 * A web copy keeps a paragraph on one line: a request for comments may say in one line, in three sentences, what
 * its draft is, why it is put out and by when to reply (240 characters). Longer than this a line is no notice's
 * text but a document run together.
 */
const PARAGRAPH_MAX = 600;

/**
 * The index after a sentence of the notice's text starting at line `i` (a PDF copy may have wrapped it over up
 * to four lines, "…并请附联" / "系人及联系方式…沟通。"), or `i` when none starts there. A sentence closing on
 * "…提出意见:" introduces the ways to reply (`REPLY_INTRO`) and ends there too.
 */
function sentenceEnd(lines: readonly Line[], i: number): number {
  let len = 0;
  for (let j = i; j < Math.min(lines.length, i + 4); j++) {
    const m = lines[j]!.m.trim();
    len += m.length;
    if (j > i && isContactOrAttachment(m)) return i;
    // A PDF copy's joiner may run two of its short sentences into one line (167 characters): up to 200 is text.
    if (/。$/.test(m) || REPLY_INTRO.test(m)) return len > (j === i ? PARAGRAPH_MAX : 200 * (j - i + 1)) ? i : j + 1;
    if (len > 200 * (j - i + 1)) return i;
    // A wrapped line fills the page's width; a short one (a 署名, a title) ends no sentence.
    if (m.length < 20) return i;
  }
  return i;
}

/**
 * "一、通过信函将意见寄至:…" / "二、通过电子邮件将意见发至:…" / "三、联系人:…": after "公众可以通过以下途径和方法提出
 * 意见:" a request for comments numbers its ways to reply; they are its text, as its contact lines are.
 */
function isReplyChannel(m: string): boolean {
  return m.trim().length <= 200 && /^\s*([一二三四五六七八九十]{1,2}、|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,2}[)）])/.test(m);
}

/**
 * "联系人:丁伟" / "电子邮箱:…" / "附件:1.《…》(征求意见稿)" / "2.《…》起草说明": a request for comments closes its
 * text with whom to write to and the list of its attachments, before its 署名.
 */
function isContactOrAttachment(m: string): boolean {
  const t = m.trim();
  return CONTACT_LABEL.test(t) || /^附\s*件\s*\d*\s*[:：]/.test(t) || /^\d{1,2}\s*[.、．]\s*《/.test(t);
}

/**
 * A copy that starts at the end of its 印发 notice: a sentence or two of the notice's text ("认真贯彻执行。"),
 * its 署名 (one organ a line, two for a joint notice), its 成文日期, then the plan title ("石景山区贯彻落实…
 * 任务分解方案" over two lines). The notice's title and 主送 were not copied. The 署名 and date are read, the
 * title after them is the plan's (a page heading above it may have shortened it); no notice title is made up.
 * Returns false, changing nothing, when the lines after the head are not so.
 */
export function noticeTail(lines: readonly Line[], top: Top & { stop: number }, fm: FrontMatter): boolean {
  let i = top.stop;
  let sentences = 0;
  let channels = false;
  while (i < top.stop + 16 && i < lines.length) {
    if (channels && isReplyChannel(lines[i]!.m)) {
      i++;
      continue;
    }
    const end = sentenceEnd(lines, i);
    if (end > i) {
      sentences++;
      channels = REPLY_INTRO.test(lines[end - 1]!.m.trim());
    } else if (sentences > 0 && isContactOrAttachment(lines[i]!.m)) i++;
    else break;
    i = Math.max(i, end);
  }
  if (sentences === 0 || sentences > 3) return false;
  const dated = datedEnd(lines, i, Math.min(lines.length, i + 4));
  const organs = dated ? lines.slice(i, dated.at) : [];
  if (!dated || !organs.length || !organs.every((l) => HeadLines.isSignatureLine(l.m.trim()))) return false;
  const date = parseChineseDate(lines[dated.at]!.m.replace(/\s+/g, ''));
  let j = dated.at + 1;
  const notes = takeNotes(lines, j, lines.length);
  if (notes.note) fm.note = notes.note;
  j = notes.next;
  // "附件:" over the draft's title: the label of the attachment the request puts out (not part of the title).
  if (j < lines.length && isAttachmentLabel(lines[j]!.m)) j++;
  const run = titleRun(lines, j, lines.length);
  if (!date || !run) return false;
  fm.signature = organs.map((l) => l.text.trim()).join('、');
  fm.date = date;
  fm.title = cleanTitle(run.title, fm);
  fm.guesses.push({ what: '原文从印发通知的末尾录起（通知标题、主送未录入），按其署名、成文日期和其后的计划标题读取', confidence: 0.7 });
  fm.next = preparedBy(lines, run.next, fm);
  return true;
}
