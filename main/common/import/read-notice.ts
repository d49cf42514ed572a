import { damagedDate, parseChineseDate } from './chinese-number';
import { cleanTitle } from './clean-title';
import type { FrontMatter } from './front-matter';
import { HeadLines } from './head-lines';
import { isLeadUnitLine } from './lead-unit-line';
import { fold, makeLine, type Line } from './line';
import { namesIssuer } from './names-issuer';
import { takeNotes } from './note-lines';
import { preparedBy } from './prepared-by';
import { spacedLetters } from './spaced-letters';
import type { Top } from './read-top';
import { cutPlanTitle } from './cut-plan-title';
import { fuller, handedOver, namedPlan, quoted, same, TITLE_END } from './title-text';

function dateOf(line: Line, fm: FrontMatter): string | null {
  const d = parseChineseDate(line.m.replace(/\s+/g, ''));
  if (d) return d;
  const broken = damagedDate(line.m);
  if (!broken) return null;
  fm.guesses.push({ what: `成文日期“${line.text}”年月日有缺损，读作 ${broken.iso}${broken.sure ? '' : '（另有其他读法）'}`, confidence: broken.sure ? 0.8 : 0.4 });
  if (!broken.sure) fm.dateReadings = broken.readings;
  return broken.iso;
}

/** A title's second half after its conjunction: "和责任分工方案", "及实施方案", "暨…工作要点". */
const CONJOINED = /^(和|及|与|暨|以及)[^。;:,]{2,30}$/;

// "目 录": the heading of a table of contents under a title, never a line of it.
const CONTENTS = /^目\s*录$/;

/**
 * "重庆市巴南区木洞镇人民政府" / "2024年政府工作报告": the organ set on a line of its own over the plan's name is the
 * title's first line, though it reads as a 署名; only first, and only over a line that ends as a title does.
 */
function organOverName(lines: readonly Line[], i: number, to: number, taken: number): boolean {
  const next = lines[i + 1];
  return taken === 0 && i + 1 < to && !!next && HeadLines.titleish(next) && !HeadLines.isSignatureLine(next.m) && TITLE_END.test(next.m.trim());
}

/** Title over one to four lines, starting at `i`; returns it and the next index. */
export function titleRun(lines: readonly Line[], i: number, to: number): { title: string; next: number } | null {
  const parts: Line[] = [];
  while (i < to && parts.length < 4 && HeadLines.titleish(lines[i]!) && (!HeadLines.isSignatureLine(lines[i]!.m) || organOverName(lines, i, to, parts.length)) && !CONTENTS.test(lines[i]!.m.trim())) {
    parts.push(lines[i]!);
    i++;
    // "政 府 工 作 报 告": a title letter-spaced across the page ends as the closed-up words do.
    if (TITLE_END.test(parts.map((l) => spacedLetters(l.m) ?? l.m).join(''))) {
      // "(2025年版)" / "(试行)" / "(2024—2026年)" set on the next line belongs to the title.
      // A copy that lost its "(" keeps "2020―2022年)" alone on the line.
      if (i < to && /^\(?[^()]{1,14}\)$/.test(lines[i]!.m.trim()) && !isLeadUnitLine(lines[i]!.m)) parts.push(lines[i++]!);
      // "2025年市《政府工作报告》任务分解" / "和责任分工方案": a title naming two documents breaks before its
      // 和 (及, 与, 暨); a line opening so cannot start a title of its own, it ends this one.
      else if (i < to && parts.length < 4 && CONJOINED.test(lines[i]!.m.trim()) && TITLE_END.test(lines[i]!.m.trim())) parts.push(lines[i++]!);
      break;
    }
  }
  if (!parts.length) return null;
  return { title: parts.map((l) => l.text.trim()).join(''), next: i };
}

/** The wrapper: notice body, 署名 (one or more lines), 成文日期, 附注, then the plan title. */
/**
 * The plan a notice names when no title follows it. A 《》 in the notice title not right after 印发 quotes the
 * report the plan is named after ("印发2022年区《政府工作报告》目标任务责任分解方案的通知"): the sentence that hands
 * the plan over names it whole ("《2022年区〈政府工作报告〉任务责任分解方案》已经…"), else the title's own words.
 */
function namedInNotice(noticeTitle: string | null, first: string | undefined): string | null {
  // "关于调整《A工作方案》等五个工作方案的通知": a 《》 followed by 等 names the first of several documents handed
  // over as attachments, not the plan; the text holds none of them, so no plan title is taken from it.
  if (noticeTitle && /》\s*等/.test(noticeTitle)) return null;
  const inTitle = noticeTitle ? quoted(makeLine(noticeTitle).m) : null;
  const inBody = first ? handedOver(makeLine(first).m) : null;
  const plan = noticeTitle ? namedPlan(noticeTitle) : null;
  if (inTitle && plan && same(inTitle, plan)) return inTitle;
  // "关于印发2024年重点民生实事工作目标任务的通知": the title's own words, even when they do not end like a plan's.
  const words = noticeTitle ? /(?:印发|转发|下发|下达|颁发)(.{4,}?)的?通知$/.exec(noticeTitle.replace(/\s/g, '')) : null;
  return inBody ?? plan ?? inTitle ?? words?.[1] ?? null;
}

/**
 * The plan's title under the notice (from line `j`), or, when none stands there, the name the notice hands over
 * (reported as a guess); a title the copy cut at its end is completed from that name. Returns the line after it.
 */
function readPlanTitle(lines: readonly Line[], j: number, to: number, noticeTitle: string | null, body: string[], fm: FrontMatter): number {
  const run = titleRun(lines, j, to);
  const named = namedInNotice(noticeTitle, body[0]);
  if (run) {
    fm.title = cleanTitle(run.title, fm);
    const whole = run.next >= to && fm.title ? cutPlanTitle(fm.title, body) : null;
    if (whole) {
      fm.guesses.push({ what: `计划标题“${fm.title}”在原文末尾被截断，按通知所印发的文件名补为“${whole}”`, confidence: 0.7 });
      fm.title = whole;
    }
    return run.next;
  }
  if (named) {
    fm.title = named;
    fm.titleFromNotice = true;
    fm.guesses.push({ what: `正文前没有计划标题，按通知所印发的文件名取为“${fm.title}”`, confidence: 0.7 });
  }
  return j;
}

/**
 * The notice's title among the titles read above the 主送. "某市人民政府关于印发…三年行动方案(2021—2": a page heading
 * the site cut inside its bracket (another document's, often) is passed over for a whole one.
 */
function noticeTitleOf(titles: readonly string[]): string | null {
  const open = (m: string, a: string, b: string) => m.split(a).length > m.split(b).length;
  const cut = (m: string) => open(m, '(', ')') || open(m, '《', '》');
  const notices = titles.filter((t) => HeadLines.isNoticeTitle(makeLine(t).m));
  return notices.find((t) => !cut(makeLine(t).m)) ?? notices[0] ?? null;
}

export function readNotice(lines: readonly Line[], r: number, stop: { at: number; by: 'date' | 'note' | 'title' }, to: number, top: Top, fm: FrontMatter): number {
  const end = stop.at;
  const found = noticeTitleOf(top.titles);
  // A page heading and the notice's own title with its 发文机关 ("天津市滨海新区人民政府印发…"): the fuller.
  const noticeTitle = found ? fuller(top.titles, found) : null;
  let sigFrom = end;
  while (sigFrom - 1 > r && HeadLines.isSignatureLine(lines[sigFrom - 1]!.m.trim())) sigFrom--;
  if (sigFrom === end && stop.by === 'date' && end - 1 > r && namesIssuer(lines[end - 1]!.m, fm.issuerHead)) sigFrom--;
  // The 附注 set above the 署名 (see signedBelow in notice-end.ts) is no part of the notice's text.
  const noteAbove = sigFrom < end && sigFrom - 1 > r && HeadLines.isNote(lines[sigFrom - 1]!.m.trim());
  if (noteAbove) fm.note = lines[sigFrom - 1]!.text.trim();
  const body = lines.slice(r + 1, noteAbove ? sigFrom - 1 : sigFrom).map((l) => l.text);
  // Joint 署名: one organ per line, or several on one line set apart by spaces ("A财政局     A农业农村局").
  const organs = (t: string) => { const parts = t.trim().split(/\s+/); return parts.length > 1 && parts.every((x) => HeadLines.isSignatureLine(fold(x))) ? parts : [t.trim()]; };
  if (sigFrom < end) fm.signature = lines.slice(sigFrom, end).flatMap((l) => organs(l.text)).join('、');
  let j = end;
  if (stop.by === 'date') {
    fm.date = dateOf(lines[end]!, fm);
    if (fm.date) j++;
    // The date right under the notice's last sentence ("…认真贯彻实施。"): the notice is unsigned as copied. The
    // page's 发布机构 is whoever posted it (a township reposting a county's notice), so only an organ the notice's
    // own title names may stand in for the 署名. A line above the date that is no sentence may be a 署名 not read
    // as one: the guess stays as it was.
    fm.unsigned = fm.date !== null && sigFrom === end && end - 1 > r && /[。！!]$/.test(lines[end - 1]!.m.trim());
  }
  const notes = takeNotes(lines, j, to);
  if (notes.note) fm.note = notes.note;
  j = notes.next;
  // "(此件公开发布)" then the date: a copy that set the 附注 above the 成文日期 (the notice ended at the 附注).
  if (stop.by === 'note' && !fm.date && j < to) {
    const date = dateOf(lines[j]!, fm);
    if (date) {
      fm.date = date;
      j++;
    }
  }
  // The bare "附件" label above an attachment handed over as the plan (GB/T 9704 puts it there) is not title,
  // nor is "附件:" with nothing after it.
  if (j < to && /^附\s*件\s*\d*[:：]?$/.test(lines[j]!.m.trim())) j++;
  j = readPlanTitle(lines, j, to, noticeTitle, body, fm);
  const verb = body.some((b) => /转发|轉發/.test(b)) ? '转发' : '印发';
  const title = noticeTitle ?? `关于${verb}《${(fm.title ?? '').replace(/《/g, '〈').replace(/》/g, '〉')}》的通知`;
  if (!noticeTitle) fm.guesses.push({ what: `原文没有通知标题，已拟为“${title}”`, confidence: 0.3 });
  fm.notice = { title, titleSynthesized: !noticeTitle, body };
  return preparedBy(lines, j, fm);
}
