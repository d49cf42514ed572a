import { classifyLine } from './classify-line';
import { datedEnd } from './dated-end';
import { documentWithAttachment } from './document-with-attachment';
import type { DocNumber } from './doc-number';
import { HeadLines } from './head-lines';
import { isRecipientsBeforeHandOver } from './recipients-before-handover';
import { makeLine, type Line } from './line';
import { noticeEnd, requirementsEnd } from './notice-end';
import { newsLeadTitle } from './news-lead';
import { noticeAsDocument } from './notice-as-document';
import { noticeTail } from './notice-tail';
import { commentRequestDraft } from './comment-request-draft';
import { noticeTitleOverText } from './notice-title-over-text';
import { preparedBy } from './prepared-by';
import { readNotice } from './read-notice';
import { readTop } from './read-top';
import { splitRecipients } from './recipients';
import { isDamagedReadingOf } from './damaged-reading-of';
import { readWebMetadata, type WebMetadata } from './web-metadata';
import { fuller, handedOver, HANDS_OVER, key, namedPlan, SIGNATURE, TITLE_END, withOpeningQuote } from './title-text';

/** A decision about the head that was inferred, not read: shown in the report with its confidence. */
export interface HeadGuess {
  what: string;
  confidence: number;
}

/** What comes before the plan's first heading: 版头, the 印发/转发通知 wrapper, title, drafting unit. */
export interface FrontMatter {
  notice: { title: string; titleSynthesized: boolean; body: string[] } | null;
  docNumber: DocNumber | null;
  mainRecipients: string[];
  signature: string | null;
  /** The notice's date stands right under its last sentence: no 署名 was copied, and the page's 发布机构 does not stand in for one. */
  unsigned: boolean;
  date: string | null;
  /** The readings of a 成文日期 that lost its 年月日 and can be read more than one way ("2016127"). */
  dateReadings?: string[];
  note: string | null;
  title: string | null;
  preparedBy: string | null;
  /** The 发文机关 named by the 发文机关标志 ("湖南省人民政府办公厅文件") or a web page's 发文机关 field. */
  issuerHead: string | null;
  guesses: HeadGuess[];
  /** Index of the first line after the front matter (preamble or first heading). */
  next: number;
  /** The plan title was not written: it was taken from the notice's 《》 (the plan may not be in the text). */
  titleFromNotice: boolean;
}

function applyMetadata(meta: WebMetadata, fm: FrontMatter, withDate: boolean): void {
  if (meta.docNumber && !fm.docNumber) fm.docNumber = { ...meta.docNumber };
  else if (meta.docNumber && fm.docNumber && isDamagedReadingOf(fm.docNumber, meta.docNumber)) {
    fm.guesses.push({ what: `正文文号“${fm.docNumber.raw}”有缺损，按网页信息栏读作“${meta.docNumber.docNumber}”`, confidence: 0.8 });
    fm.docNumber = { ...meta.docNumber };
  }
  if (meta.issuer && !fm.issuerHead) fm.issuerHead = meta.issuer;
  // "2016127" under a page whose 生成日期 is 2016-12-07: the page's field settles which reading the lost 年月日 had.
  if (withDate && meta.date && fm.date && fm.dateReadings?.includes(meta.date) && fm.date !== meta.date) {
    fm.date = meta.date;
    fm.guesses.push({ what: `成文日期有缺损，按网页信息栏读作 ${meta.date}`, confidence: 0.7 });
  }
  if (withDate && meta.date && !fm.date) {
    fm.date = meta.date;
    fm.guesses.push({ what: `成文日期取自网页的信息栏：${meta.date}`, confidence: 0.7 });
  }
}

export function parseFrontMatter(lines: readonly Line[]): FrontMatter {
  const fm: FrontMatter = {
    notice: null, docNumber: null, mainRecipients: [], signature: null, unsigned: false, date: null, note: null,
    title: null, preparedBy: null, issuerHead: null, guesses: [], next: 0, titleFromNotice: false,
  };
  let to = lines.findIndex((l) => ['h1', 'chapter', 'article', 'h2'].includes(classifyLine(l).kind));
  if (to < 0) to = lines.length;
  to = Math.min(to, 80);
  const { meta, used } = readWebMetadata(lines.slice(0, to));
  const r = findRecipients(lines, to, used, fm);
  const top = readTop(lines, 0, r >= 0 ? r : to, r < 0, used, fm);
  applyMetadata(meta, fm, false);
  const done = r >= 0 ? readAddressed(lines, r, to, top, meta, fm) : readUnaddressed(lines, top, meta, fm);
  if (done) return fm;
  readIssuedAsItIs(lines, r, top, meta, fm);
  applyMetadata(meta, fm, true);
  return fm;
}

/** The 主送 line: with its colon, or without it where the line after it hands the plan over or the line above is a notice title; -1 if none. */
function findRecipients(lines: readonly Line[], to: number, used: ReadonlySet<number>, fm: FrontMatter): number {
  for (let i = 0; i < to; i++) if (!used.has(i) && HeadLines.isRecipients(lines[i]!)) return i;
  // A copy that lost its punctuation: "各乡党委政府县委各部门…" with no "：", then the sentence handing the plan over.
  for (let i = 0; i + 1 < to; i++) {
    const m = lines[i]!.m;
    if (!used.has(i) && /^各/.test(m) && m.length <= 200 && !/[。,;:]/.test(m) && classifyLine(lines[i]!).kind === 'text'
      && /(印发|转发|下发)给你们|现予印发|现印发/.test(lines[i + 1]!.m)) {
      fm.guesses.push({ what: `“${lines[i]!.text.slice(0, 20)}……”后面是印发的句子，虽无冒号，按主送机关读取`, confidence: 0.6 });
      return i;
    }
  }
  // "…的通知" / "管理区、镇人民政府街道办事处,市单位" / the notice text: names only under a notice title, no "：".
  for (let i = 1; i + 1 < to; i++) {
    if (!used.has(i) && HeadLines.isBareRecipientsUnder(lines[i - 1]!.m, lines[i]!.m) && classifyLine(lines[i]!).kind === 'text'
      && /。/.test(lines[i + 1]!.m)) {
      fm.guesses.push({ what: `通知标题下的“${lines[i]!.text.slice(0, 20)}”只列机关名称，虽无冒号，按主送机关读取`, confidence: 0.6 });
      return i;
    }
  }
  // "股(室)、队,各食药监管所" / "现将《…》发给你们": names only over the hand-over sentence (the title above may be damaged).
  for (let i = 0; i + 1 < to; i++) {
    if (!used.has(i) && classifyLine(lines[i]!).kind === 'text' && isRecipientsBeforeHandOver(lines[i]!.m, lines[i + 1]!.m)) {
      fm.guesses.push({ what: `“${lines[i]!.text.slice(0, 20)}”只列机关名称，下一行是印发的句子，虽无冒号，按主送机关读取`, confidence: 0.6 });
      return i;
    }
  }
  return -1;
}

type Top = ReturnType<typeof readTop>;

/** The hand-over sentence announces the notice's own requirements: "并提出以下工作要求，" / "现将有关要求通知如下：". */
const OWN_REQUIREMENTS = /(提出|明确)(以下|如下)(几点|几项|工作)?要求[,，。]|(通知|要求)如下[:：]?$/;

/** A notice with its 主送 at line r: the recipients, then the notice up to where the plan starts. False when no end is found. */
function readAddressed(lines: readonly Line[], r: number, to: number, top: Top, meta: WebMetadata, fm: FrontMatter): boolean {
  // "Policies and regulations各区人民政府，…": a site's English column label glued in front is not a recipient.
  const latin = /^[A-Za-z][A-Za-z\s&'-]*(?=[\u4e00-\u9fff])/.exec(lines[r]!.text);
  if (latin) fm.guesses.push({ what: `主送前的网页栏目名“${latin[0].trim()}”已去掉`, confidence: 0.8 });
  fm.mainRecipients = splitRecipients(lines[r]!.text.slice(latin ? latin[0].length : 0).replace(/[:：]\s*$/, ''));
  // The plan the notice names: in the title's 《》, as "印发X的通知", or in the sentence handing it over.
  const named = top.titles.map((t) => namedPlan(t)).find(Boolean) ?? (r + 1 < to ? handedOver(lines[r + 1]!.m) : null);
  // A page that writes the notice title only in its 名称/标题 field ("名  称: 区人民政府办公室关于印发…的通知"):
  // that field names the 印发 notice whose own requirements follow the 主送.
  const titles = meta.title ? [...top.titles, meta.title] : top.titles;
  let end = noticeEnd(lines, r + 1, to, named) ?? requirementsEnd(lines, r + 1, to, titles);
  // "现将《…》印发给你们，并就有关事项通知如下：一、…二、…" then 署名 and date: the notice's own numbered
  // requirements are not the plan; it ends at its date when a title follows it.
  if ((!end || end.by === 'title') && r + 1 < lines.length && HANDS_OVER.test(withOpeningQuote(lines[r + 1]!.m))) {
    const far = Math.min(lines.length, r + 60);
    const dated = datedEnd(lines, Math.max(to, r + 2), far, far === lines.length);
    if (dated) {
      end = dated;
      to = far;
    } else if (OWN_REQUIREMENTS.test(lines[r + 1]!.m)) {
      // "…现印发给你们，并提出以下工作要求，请认真贯彻执行。" over 一、二、三、 and no date after them: a copy cut
      // inside the notice's own requirements, the plan (its attachment) not in it. The notice runs to the end.
      end = { at: lines.length, by: 'title' };
      to = lines.length;
    }
  }
  if (!end) {
    fm.next = r + 1;
    return false;
  }
  fm.next = readNotice(lines, r, end, to, top, fm);
  noticeAsDocument(lines, end.by, fm);
  documentWithAttachment(lines, top.titles, fm);
  // No notice title in the text, the page's 标题/名称 field gives one ("…关于印发…的通知"): that is it.
  const pageTitle = meta.title ? makeLine(meta.title).m : '';
  if (fm.notice?.titleSynthesized && meta.title && /通知$/.test(pageTitle) && HeadLines.isNoticeTitle(pageTitle)) {
    fm.notice.title = meta.title;
    fm.notice.titleSynthesized = false;
    fm.guesses = fm.guesses.filter((g) => !g.what.startsWith('原文没有通知标题'));
    fm.guesses.push({ what: `通知标题取自网页信息栏：${meta.title}`, confidence: 0.7 });
  }
  fm.title ??= meta.title;
  applyMetadata(meta, fm, true);
  return true;
}

/** No 主送: a notice copied without it (title, body, 署名, date, then the plan title), or a notice title over its text. */
function readUnaddressed(lines: readonly Line[], top: Top, meta: WebMetadata, fm: FrontMatter): boolean {
  fm.next = top.stop;
  const noticeTitle = top.titles.some((t) => HeadLines.isNoticeTitle(makeLine(t).m));
  const dated = noticeTitle ? datedEnd(lines, top.stop, Math.min(lines.length, top.stop + 40)) : null;
  if (dated && dated.at > top.stop) {
    fm.next = readNotice(lines, top.stop - 1, dated, lines.length, top, fm);
    fm.title ??= meta.title;
    applyMetadata(meta, fm, true);
    fm.guesses.push({ what: '通知没有主送机关，按通知标题、署名和成文日期读取', confidence: 0.7 });
    return true;
  }
  if (!noticeTail(lines, top, fm) && !noticeTitleOverText(lines, top, fm) && !commentRequestDraft(lines, top, fm)) return false;
  applyMetadata(meta, fm, true);
  return true;
}

/**
 * No wrapper: the document itself (a 通知, 意见 or plan issued as it is), its title above the 主送.
 * A page title and the document's own title set with its 发文机关 ("沙县人民政府" / "关于…"): the fuller one.
 * A site's name over the page ("绩溪县数据资源管理局(原政务服务中心)") names an organ, no document: with no
 * line ending like a title, the page's 名称 field gives it.
 */
function readIssuedAsItIs(lines: readonly Line[], r: number, top: Top, meta: WebMetadata, fm: FrontMatter): void {
  // With a 主送, the document's own title is the one right above it (page headings come first).
  const titled = top.titles.filter((t) => TITLE_END.test(makeLine(t).m));
  const found = (r >= 0 ? titled[titled.length - 1] : titled[0]) ?? top.titles.find((t) => !SIGNATURE.test(key(t).replace(/\([^)]*\)$/, '')));
  fm.title = found ? fuller(top.titles, found) : meta.title;
  // A news copy with no title line: its lead sentence names the document ("印发《X》，内容如下").
  const lead = fm.title || r >= 0 ? null : newsLeadTitle(lines, top.stop + 3);
  if (lead) {
    fm.title = lead.title;
    fm.guesses.push({ what: `原文没有标题行，按导语“……《${lead.title}》，内容如下”取标题`, confidence: 0.7 });
  }
  // "关于印发X的通知" then X's own title, no notice body between them: a wrapper copied without its text.
  const plan = fm.title && HeadLines.isNoticeTitle(makeLine(fm.title).m) ? top.titles.find((t) => t !== fm.title && !HeadLines.isNoticeTitle(makeLine(t).m) && t.length >= 6 && key(fm.title!).includes(key(t))) : undefined;
  if (fm.title && plan) {
    fm.notice = { title: fm.title, titleSynthesized: false, body: [] };
    fm.title = plan;
    fm.guesses.push({ what: `通知标题“${fm.notice.title}”后紧接计划标题，通知正文未录入`, confidence: 0.7 });
  }
  if (fm.title && r < 0 && top.titles.length === 0) fm.guesses.push({ what: `标题取自网页信息栏：${fm.title}`, confidence: 0.6 });
  if (r < 0) fm.next = preparedBy(lines, fm.next, fm);
}
