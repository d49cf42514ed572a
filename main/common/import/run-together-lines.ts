import { gluedDeadlineLabelCuts, gluedUnitsLabelCuts } from './glued-units-label';
import { openingThenPartCuts } from './opening-then-part';
import { gluedClosingCuts } from './glued-closing-cuts';
import { gluedNextPartCuts } from './glued-next-part';
import { gluedPartTitleCuts } from './glued-part-title';
import { HeadLines } from './head-lines';
import { jointClosingCuts } from './joint-closing-cuts';
import { makeLine, type Line } from './line';
import { UNITS_LINE } from './responsibility';
import { splitNoticeTitleNumberRecipients } from './notice-title-number-recipients';
import { planTitleCuts } from './plan-title-cuts';
import { gluedSignatureDateCuts, splitSignatureDateTitle } from './signature-date-title';
import { closeUpItemNumbers } from './spaced-item-numbers';
import { viewerCreditCuts } from './trailing-chrome';
import { isWebChrome } from './web-chrome';
import { groupThenTaskCuts, unitsThenNumberCuts } from './units-then-number';

/** A line this long holding paragraphs run together is never one paragraph of a plan. */
const LONG = 200;
/** Numbering after a space: where a run-together copy's next paragraph starts. */
const LABEL = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d)|\([一二三四五六七八九十\d]{1,3}\))/;
/** The numbers that tell a run-together copy: "（1）… （2）…" with spaces may be one measure's parts. */
const PART_NUMBER = /^(?:[一二三四五六七八九十]{1,3}、|\d{1,3}[.、](?!\d))/;
/** After a digest's comma: a part or group number. */
const DIGEST_LABEL = /^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))/;
/**
 * "绥棱县2018年政务公开工作要点实施方案为深入贯彻落实…": a plan's title run into its opening sentence; or into its
 * first item ("县教育局2024年工作要点1.全面坚持…"), a 工作要点 having no opening. The title may close with its period
 * and its draft status in brackets ("…行动方案(征求意见稿)(2023-2025年)为…"), as plans' titles do.
 */
const TITLE_OPENING = /^(.{6,60}?(方案|计划|要点|意见|规划|细则|措施)(?:\([^()]{2,16}\)){0,2})(?=为|根据|按照|依据|\d{1,2}\.[\u4e00-\u9fff]|\s*\d{4}\s*年是)/;
/**
 * "为整体提升…,结合我区实际,制定本方案。一、指导思想…": a plan's opening sentence, which closes by saying the plan is
 * made ("制定本方案。"), run straight into its first part number: the copy lost its line breaks.
 */
const OPENING_THEN_PART = /^(为|根据|按照|依据)[^。]{10,400}?(制定|制订)本[^。]{0,8}(方案|计划|要点|意见|规划|细则|措施)。\s*[一二三四五六七八九十]{1,3}、/;
/**
 * "…请遵照执行。 某某管委会办公室 2021年3月29日某某行动方案 为深入…": a page that collapsed its line breaks may glue
 * the 成文日期 to the plan's title under it; the title runs to a space or to its opening word.
 */
/** "…现印发给你们，请认真组织实施": the closing words of a 印发 notice's hand-over sentence. */
const HAND_OVER_END = String.raw`(?<=(?:印发给你们|转发给你们)[^。\s]{0,4}[,，]?请[^。\s]{0,10}(?:执行|实施|落实|遵照执行))`;
const GLUED_TITLE = String.raw`[^\s。,;:]{4,60}?(?:方案|计划|要点|意见|规划|细则|措施)(?=\s|为|根据|按照|依据)`;
/**
 * "…我们将重点抓好以下五方面工作: (一)聚力提质增效,…。 1.构建现代产业体系。…": a sentence that announces the
 * parts to follow ("以下…:", "如下:") then, after a space, the first number: a document starts those parts on
 * lines of their own, so the space is a lost line break and the line a copy run together.
 */
const ANNOUNCED = /(以下|如下)[^。;]{0,12}[:：]\s+(\(一\)|一、|1[.、])/;
/**
 * A 成文日期 or an 附注 after a space starts a line of its own; what follows an 附注 does too. A date closed by 印发
 * is the 印发日期 of the 版记 ("某局综合处 2016年4月8日印发"): it stays on the line of the 印发机关 before it.
 */
const CLOSING = /^(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?!印发)|\(此件[^)]{2,8}\))/;

/**
 * "…5.自查检查表(星级饭店) 某委员会 2017年8月29日": a 署名 with its 成文日期 after it starts a line of its own,
 * whatever ends the line before (an attachment list's last item has no stop).
 */
function signatureOver(after: string): boolean {
  const s = /^([^\s。,;:]{2,40})\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/.exec(after);
  return s !== null && HeadLines.isSignatureLine(s[1]!);
}

/**
 * A sentence's end before a space: a lost line break. "…严肃追究责任。（驻局纪检组牵头落实） 主要任务各牵头处室…": a
 * note in brackets after the stop closes the paragraph too (a task's unit note is written last in it).
 */
const SENTENCE_END = /[。;!?]$|[。;!?]\([^()]{2,40}\)$/;

/**
 * "（一）推动银行业高质量发展。 力争到2025年末，…": a group's run-in title closed by its stop, then a space a PDF left
 * where it wrapped the line. A run-in title opens its paragraph; the text after it goes on in the same one.
 */
const RUN_IN_TITLE = /\([一二三四五六七八九十]{1,3}\)[^\s。,;:()]{2,20}。$/;

/** "来源：某镇 附件下载": a page's source label after its text starts a line of its own (page chrome). */
const SOURCE = /^来源[:：]/;

/** "…平潭银保监组 、 抄送 某局。 某办公室 2021年7月14日印发": the 版记's 抄送 after a space starts a line of its own. */
const COPY_TO = /^抄送[:：\s]/;

/**
 * "…请认真贯彻执行。 海盐县人民政府办公室 2022年4月18日 (此件公开发布) 政府工作报告…责任分解 一、王丹县长牵头
 * 重点工作 1.全县生产总值… 责任单位:县发改局…": a page that lost its line breaks, its paragraphs set apart by a
 * space. A long line with three or more 一、/1. numbers or units labels after a space is split back: at a
 * space after a sentence's end, before a number or a units label, and around a date or an 附注.
 */
export function splitRunTogether(lines: readonly Line[]): { lines: Line[]; splits: number } {
  const out: Line[] = [];
  let splits = 0;
  for (const line of lines) {
    const parts = splitSignatureDateTitle(line) ?? headThenText(line) ?? runTogether(line);
    if (parts.length > 1) splits += parts.length - 1;
    // "…2021年10月29日 来源：某某局 附件下载": the page's source line and download link after the document's end,
    // once cut from it, are the page's chrome, as they are on a line of their own (`to-lines.ts` drops those).
    for (const [k, p] of parts.entries()) if (!(k > 0 && isWebChrome(p))) out.push(p === line.text ? line : makeLine(p));
  }
  return { lines: out, splits };
}

/**
 * "河南省人民政府 关于…的通知 豫政〔2023〕5号 现将…。 一、… 1.…": a notice title and its 文号 over the 主送 or,
 * with the 主送 lost, over the notice's text; the text that follows is split as any run-together line is.
 */
function headThenText(line: Line): string[] | null {
  const head = splitNoticeTitleNumberRecipients(line);
  if (!head) return null;
  const rest = head.pop()!;
  return [...head, ...runTogether(makeLine(rest))];
}

/**
 * "…请你们结合实际,认真组织实施。 某领导小组办公室 2023年3月30日 2023年某方案为认真贯彻落实…": a notice whose
 * text, 署名, 成文日期 and the plan's title (run into its opening) stand on one line, set apart by spaces. Cut
 * before the 署名, around the date, and after the title; null when the line does not close that way.
 */
function closingCuts(line: Line): number[] | null {
  // "…专项应急预案。 附件:某预案(修订) 某镇人民政府 2020年10月22日 某预案(修订) 1.总则 …": the 附件 line may
  // stand between the text and the 署名.
  // A request for comments closes its text with its contact line ("联系人:…,联系电话:0574-…"), no full stop.
  // A PDF copied as one line may lose the stop after the hand-over's closing words ("…请认真组织实施 某办公室…"),
  // and glue the 署名 to its date ("某办公室2021年7月14日"): a notice's hand-over always ends with those words.
  const c = new RegExp(String.raw`(?:[。!]|${HAND_OVER_END}|(?<=联系电话[:：][\d\-－()（） ]{0,8})\d{7,8})\s+(附件[:：][^\s]{2,60}\s+)?([^\s。,;:、]{2,40}?)\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=\s|$|${GLUED_TITLE})`).exec(line.m);
  if (!c || !HeadLines.isSignatureLine(c[2]!)) return null;
  const lead = c[0].search(/\s/);
  const attached = c[1] ? c.index + lead : null;
  const sig = line.m.indexOf(c[2]!, c.index + lead + (c[1]?.length ?? 0));
  const date = line.m.indexOf(c[3]!, sig + c[2]!.length);
  const rest = date + c[3]!.length;
  const cuts = [...(attached !== null ? [attached] : []), sig, date, rest];
  const title = /^\s*(.{6,60}?(方案|计划|要点|意见|规划|细则|措施))(?=\s*(?:为|根据|按照|依据)|\s)/.exec(line.m.slice(rest));
  if (title && !/[。;,:]/.test(title[1]!)) cuts.push(rest + title[0].length);
  else if (attached !== null) {
    // The attachment's title after the date, up to its numbered first part ("1.总则").
    const t = titleAfter(line.m, rest);
    if (t !== null && /^\s*\d{1,2}[.、]/.test(line.m.slice(t))) cuts.push(t);
  }
  return cuts;
}

/**
 * A .doc or PDF copied as one line keeps its wrapped lines' spaces and page numbers: "2021 年 5 月 12 日",
 * "〔2021〕19 号", "…攻坚行动 —1— 实施方案". Spaces inside a date or a 文号 and the page numbers are dropped.
 */
function closeUp(line: Line): Line {
  if (line.m.length < LONG) return line;
  const text = line.text.replace(/\s+[—－-]\s?\d{1,3}\s?[—－-](?=\s)/g, '')
    .replace(/(\d)\s+(?=[年月日号])/g, '$1').replace(/([年月〕])\s+(?=\d)/g, '$1');
  return text === line.text ? line : makeLine(text, line.bold);
}

/** "…(此件公开发布) 某市…攻坚行动实施方案(2021—2023年) 健康是…": the plan title after the 附注, up to its last word. */
function titleAfter(m: string, from: number): number | null {
  const t = /^\s*([^\s。,;:]{4,50}?(方案|计划|要点|意见|规划|细则|措施|预案)(\([^()]{4,16}\)|\((修订|试行|暂行)\))?)\s/.exec(m.slice(from));
  return t ? from + t[0].length - 1 : null;
}

/** The cuts of a copy that lost its spaces too, from its glued closing's cuts and digest. */
function gluedCopyCuts(line: Line, glued: NonNullable<ReturnType<typeof gluedClosingCuts>>): number[] {
  const cuts = [...glued.cuts, ...runInCuts(line, glued.digest).cuts];
  cuts.push(...groupAfterPartCuts(line, cuts));
  // A units label after a space starts a line, as in a copy that kept its spaces.
  for (const g of line.m.matchAll(/\s+(?=\S)/g)) if (UNITS_LINE.test(line.m.slice(g.index + g[0].length))) cuts.push(g.index);
  // Its task list is glued as any run-together one's: units lines to the next number, short titles to theirs.
  cuts.push(...unitsThenNumberCuts(line.m, cuts));
  cuts.push(...groupThenTaskCuts(line.m, cuts));
  return cuts;
}

/**
 * A closing after the 主送's colon, or after the hand-over sentence (its 主送 already cut off), closes a notice
 * whose plan follows on the same line: proof enough of a copy run together. (A notice whose plan is an 附件 named
 * before the 署名 may keep the plan unsplit.)
 */
function closesNotice(m: string, closing: number[] | null): boolean {
  if (!closing) return false;
  const notice = m.slice(0, closing[0]!);
  return /\S[:：]\s/.test(notice) || (/(印发|转发)给你们/.test(notice) && !m.slice(closing[0]!).trimStart().startsWith('附件'));
}

function runTogether(line0: Line): string[] {
  const line = closeUpItemNumbers(closeUp(line0));
  const closing = line.m.length >= 60 ? closingCuts(line) : null;
  // A copy that lost its spaces too: its glued closing is proof enough, and gives the head's cuts.
  const glued = !closing && line.m.length >= LONG ? gluedClosingCuts(line) : null;
  if (glued) return cutAt(line, gluedCopyCuts(line, glued));
  const alone = closing ? cutAt(line, closing) : [line.text];
  if (line.m.length < LONG) return alone;
  const cuts: number[] = [];
  let labels = 0;
  for (const g of line.m.matchAll(/\s+/g)) {
    const before = line.m.slice(0, g.index);
    const after = line.m.slice(g.index + g[0].length);
    const label = LABEL.test(after) || UNITS_LINE.test(after);
    if (PART_NUMBER.test(after) || UNITS_LINE.test(after)) labels++;
    if (label || CLOSING.test(after) || SOURCE.test(after) || COPY_TO.test(after) || signatureOver(after) || (SENTENCE_END.test(before) && !RUN_IN_TITLE.test(before)) || /(?:\(此件[^)]{2,8}\)|\d日)$/.test(before)) cuts.push(g.index);
  }
  const runIn = runInCuts(line);
  runIn.cuts.push(...announcedItemCuts(line.m), ...openingThenPartCuts(line.m));
  labels += runIn.labels;
  cuts.push(...runIn.cuts);
  // "邹政办字〔2021〕19号 某市人民政府办公室 关于印发…的通知 各镇人民政府,…: 《…》已经…执行。 署名 日期 (此件公开
  // 发布) 计划标题 …": a whole 印发通知 and its plan on one line; its closing is proof enough.
  // "2023年某行动方案为推动…。一、总体要求(一)…": a line that opens with a plan's title run into its opening sentence
  // is a whole copy run together; one part number after a sentence is proof enough.
  const titled = labels >= 1 && (TITLE_OPENING.test(line.m) || OPENING_THEN_PART.test(line.m) || ANNOUNCED.test(line.m));
  if (labels < 3 && !titled && !closesNotice(line.m, closing)) return alone;
  cuts.push(...(closing ?? []), ...planTitleCuts(line.m), ...viewerCreditCuts(line.m), ...gluedSignatureDateCuts(line.m), ...gluedUnitsLabelCuts(line.m), ...gluedDeadlineLabelCuts(line.m), ...jointClosingCuts(line.m));
  if (closing) {
    // Its head: after the 文号, after the notice title, after the 主送's colon; and the plan title after the 附注.
    const head = line.m.slice(0, closing[0]!);
    for (const g of head.matchAll(/(号|通知|[:：])(?=\s)/g)) cuts.push(g.index + g[0].length);
    const note = /\(此件[^)]{2,8}\)/.exec(line.m.slice(closing[2]!, closing[2]! + 20));
    const t = note ? titleAfter(line.m, closing[2]! + note.index + note[0].length) : null;
    if (t !== null) cuts.push(t);
  }
  // "…更加有力。——实现…达到100%。——全面实行…": dash items, one a line in the document, each start one.
  for (const g of line.m.matchAll(/。(?=——[\u4e00-\u9fff])/g)) cuts.push(g.index + 1);
  cuts.push(...unitsThenNumberCuts(line.m, cuts));
  cuts.push(...gluedNextPartCuts(line.m, cuts));
  cuts.push(...groupAfterPartCuts(line, cuts));
  cuts.push(...gluedPartTitleCuts(line.m, cuts));
  cuts.push(...groupThenTaskCuts(line.m, cuts));
  // "绥棱县2018年政务公开工作要点实施方案为深入贯彻落实…": the title run into the opening sentence.
  const first = Math.min(line.m.length, ...cuts);
  const title = TITLE_OPENING.exec(line.m.slice(0, first));
  if (title && !/[。;,:]/.test(title[1]!)) cuts.push(title[1]!.length);
  return cutAt(line, cuts);
}

/**
 * "…制定本方案。一、工作目标…。二、工作任务(一)围绕…。1.把…": a copy that lost its spaces too. A number right
 * after a sentence's end (or after the units note closing it, "…公开。(县政府办公室负责)2.推进…") starts a
 * paragraph.
 */
function runInCuts(line: Line, digest = false): { cuts: number[]; labels: number } {
  const cuts: number[] = [];
  let labels = 0;
  // "…现将有关措施通知如下:一、落实粮食生产任务。" / "…具体如下:一、推动…": a sentence that announces the parts to
  // follow ends with a colon, and the first part starts a line of its own. (A group "(一)" after "以下几个方面:"
  // may be a point inside a part, as an 评估内容's are: only a part's 一、 is cut.)
  for (const g of line.m.matchAll(/(?:如下|以下[^。;:：]{0,12})[:：](?=一、)/g)) {
    cuts.push(g.index + g[0].length);
    labels++;
  }
  for (const g of line.m.matchAll(digest ? /[。;!?),](?=[^\s。;!?),])/g : /[。;!?)](?=[^\s。;!?)])/g)) {
    const after = line.m.slice(g.index + 1);
    if (!LABEL.test(after) && !UNITS_LINE.test(after)) continue;
    // A digest joins its clauses with commas (see `gluedClosingCuts`): after one, only a part or group number
    // ("二、", "(五)") or a units label starts a paragraph; "1." after a comma may be a figure's.
    if (line.m[g.index] === ',' && !DIGEST_LABEL.test(after) && !UNITS_LINE.test(after)) continue;
    // "其中:(1)公益类企业…;(2)商业二类企业…;(3)…。": parts counted off after a colon and kept apart by ; are one
    // sentence's list, the item it belongs to going on; a part opened after a full stop starts a line.
    if (line.m[g.index] === ';' && /^\(\d{1,2}\)/.test(after)) continue;
    // "(牵头单位:县河长办;责任单位:各乡镇人民政府)": a units note names its lead and its partners in one bracket, kept
    // apart by ; — still one note, no new line inside a bracket left open.
    if (line.m[g.index] === ';' && insideBracket(line.m, g.index)) continue;
    if (PART_NUMBER.test(after) || UNITS_LINE.test(after) || closesUnitsNote(line.m, g.index)) labels++;
    cuts.push(g.index + 1);
  }
  return { cuts, labels };
}

/** Is `at` inside a bracket opened on the line and not yet closed? */
function insideBracket(m: string, at: number): boolean {
  const open = m.lastIndexOf('(', at);
  return open >= 0 && m.lastIndexOf(')', at) < open;
}

/**
 * "…(责任单位:县工信局、发改局)(三)实施…行动": a task closed by its bracketed units note with the next group's
 * number glued to it. A plan puts the note at a task's end, so a number right after it can only open the next
 * task: it tells a task list run together as surely as "1." after a full stop does.
 */
function closesUnitsNote(m: string, at: number): boolean {
  if (m[at] !== ')') return false;
  const open = m.lastIndexOf('(', at);
  return open >= 0 && UNITS_LINE.test(m.slice(open + 1, at));
}

/** "…重点组织实施好以下五项工作：1.着力加强公民道德建设。": the sentence announcing the items, glued to the first. */
function announcedItemCuts(m: string): number[] {
  return [...m.matchAll(/(以下|如下)[^。;]{0,12}[:：](?=\(一\)|一、|1[.、](?!\d))/g)].map((g) => g.index + g[0].length);
}

/**
 * "二、工作任务(一)围绕…": "(一)" right after a short part title starts a line of its own; so does a first item
 * "1、" right after one ("四、整治重点1、车辆有序停放专项整治。"), the title then holding no figure (a figure before
 * "1、" may be a date's or an amount's).
 */
function groupAfterPartCuts(line: Line, cuts: readonly number[]): number[] {
  const out: number[] = [];
  for (const g of line.m.matchAll(/\([一二三四五六七八九十]{1,3}\)|(?<![\d.])1[、.](?!\d)/g)) {
    const from = Math.max(0, ...cuts.filter((c) => c < g.index));
    // A part's title may be two short clauses, a field and its aim ("二、实施金融支撑工程,助推经济社会发展(六)…").
    const title = g[0].startsWith('(') ? /^\s*[一二三四五六七八九十]{1,3}、[^。;,!?:\s]{1,16}(?:,[^。;,!?:\s()]{2,16})?$/ : /^\s*[一二三四五六七八九十]{1,3}、[^。;,!?:\s\d]{2,16}$/;
    if (title.test(line.m.slice(from, g.index))) out.push(g.index);
  }
  return out;
}

function cutAt(line: Line, cuts: readonly number[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    parts.push(line.text.slice(from, at).trim());
    from = at;
  }
  parts.push(line.text.slice(from).trim());
  // "… 慈溪某镇人民政府 2023年11月24日 |": a layout table's cell edge left after the last cell is page chrome, as
  // it is on a line of its own (`web-chrome.ts`), once the line is cut.
  return parts.filter((p) => p && !/^[|｜]+$/.test(p));
}
