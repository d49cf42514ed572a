import { parseChineseDate } from './chinese-number';
import { classifyLine } from './classify-line';
import { parseDocNumber, type DocNumber } from './doc-number';
import type { Line } from './line';
import { looksLikeUnit } from './unit-names';

/** What comes before the plan's first heading: the 印发/转发通知 wrapper, title, drafting unit. */
export interface FrontMatter {
  notice: { title: string; titleSynthesized: boolean; body: string[] } | null;
  docNumber: DocNumber | null;
  mainRecipients: string[];
  signature: string | null;
  date: string | null;
  note: string | null;
  title: string | null;
  preparedBy: string | null;
  /** The 发文机关标志 of a 版头 ("鄂托克前旗人民政府文件" → 鄂托克前旗人民政府). */
  issuerHead: string | null;
  /** Index of the first line after the front matter (preamble or first heading). */
  next: number;
}

const NOTICE_TITLE = /关于(印发|转发|下发|颁发)?.{0,100}的通知$/;
const SIGNATURE = /(人民政府|办公厅|办公室|委员会|领导小组|局|厅|委|部)$/;
const TITLE_WORDS = /(方案|计划|要点|意见|办法|规划|纲要)》?$/;

function quoted(m: string): string | null {
  const q = /《([^》]+)》/.exec(m);
  return q ? q[1]! : null;
}

function isPlainTitle(line: Line): boolean {
  if (classifyLine(line).kind !== 'text') return false;
  const m = line.m;
  return m.length <= 80 && !/[。,;、:]/.test(m.replace(/《[^》]*》/g, '')) && !/[。;:]$/.test(m);
}

function isRecipients(line: Line): boolean {
  return line.m.length <= 200 && /:$/.test(line.m) && /各|人民政府|部门|单位|委|厅|局/.test(line.m) && classifyLine(line).kind === 'text';
}

function stripBookQuotes(text: string): string {
  return text.replace(/^《(.*)》$/, '$1');
}

interface Tail { signature: string | null; date: string | null; note: string | null; body: string[] }

/** Split the lines between 主送 and the plan title into body, 署名, 成文日期, 附注. */
function noticeTail(lines: readonly Line[]): Tail {
  const tail: Tail = { signature: null, date: null, note: null, body: [] };
  for (const line of lines) {
    const date = parseChineseDate(line.m);
    if (date && !tail.date) tail.date = date;
    else if (/^\(.{1,40}\)$/.test(line.m) && tail.date !== null) tail.note = line.text;
    else if (line.m.length <= 30 && !/[。,;、:]/.test(line.m) && SIGNATURE.test(line.m) && !tail.signature) tail.signature = line.text;
    else tail.body.push(line.text);
  }
  return tail;
}

/** The 版头, notice title, 文号 and 主送 at the top; returns where the notice body starts. */
function parseHead(lines: readonly Line[], fm: FrontMatter): { i: number; noticeTitle: Line | null; recipients: boolean } {
  let i = 0;
  const noticeAt = lines.slice(0, 6).findIndex((l) => NOTICE_TITLE.test(l.m) && classifyLine(l).kind === 'text');
  let noticeTitle: Line | null = null;
  if (noticeAt >= 0) {
    // A 版头 above the title: 发文机关标志 and 发文字号.
    for (const line of lines.slice(0, noticeAt)) {
      const head = /^(.{2,40}?)文件$/.exec(line.m);
      const num = parseDocNumber(line.m);
      if (head) fm.issuerHead = line.text.slice(0, head[1]!.length);
      else if (num) fm.docNumber = { ...num, raw: line.text.trim() };
    }
    noticeTitle = lines[noticeAt]!;
    i = noticeAt + 1;
    while (i < lines.length && lines[i]!.m === noticeTitle.m) i++;
  }
  const num = i < lines.length ? parseDocNumber(lines[i]!.m) : null;
  if (num && noticeTitle && !fm.docNumber) {
    fm.docNumber = { ...num, raw: lines[i]!.text.trim() };
    i++;
  }
  const recipients = i < lines.length && isRecipients(lines[i]!);
  if (recipients) {
    fm.mainRecipients = lines[i]!.text.replace(/[:：]\s*$/, '').split(/[,，;；]/).map((s) => s.trim()).filter(Boolean);
    i++;
  }
  return { i, noticeTitle, recipients };
}

/** The notice body up to the plan title, with 署名, 成文日期 and 附注; returns where the plan starts. */
function parseNoticeBody(lines: readonly Line[], start: number, noticeTitle: Line | null, fm: FrontMatter): number {
  // The plan title is the 《…》 of the notice title, or of the notice body's first line.
  const planTitle = quoted(noticeTitle?.m ?? '') ?? quoted(lines[start]?.m ?? '');
  let end = start;
  while (end < lines.length && classifyLine(lines[end]!).kind === 'text' && stripBookQuotes(lines[end]!.m) !== planTitle) end++;
  if (end >= lines.length || classifyLine(lines[end]!).kind !== 'text') end = Math.min(end, start + 1);
  const tail = noticeTail(lines.slice(start, end));
  fm.signature = tail.signature;
  fm.date = tail.date;
  fm.note = tail.note;
  const title = noticeTitle?.text ?? (planTitle ? `关于转发《${lines[end]?.text ?? planTitle}》的通知` : '通知');
  fm.notice = { title, titleSynthesized: !noticeTitle, body: tail.body };
  return end;
}

/** The plan title and the drafting-unit line under it ("省質監局" + "(2014年7月)"); returns the next index. */
function parseTitle(lines: readonly Line[], i: number, fm: FrontMatter): number {
  if (!(i < lines.length && isPlainTitle(lines[i]!) && (TITLE_WORDS.test(lines[i]!.m) || i === 0 || fm.notice))) return i;
  fm.title = stripBookQuotes(lines[i]!.text);
  i++;
  const withDate = i < lines.length ? /^(.{2,20}?)\(\d{4}年\d{1,2}月(\d{1,2}日)?\)$/.exec(lines[i]!.m) : null;
  if (withDate && looksLikeUnit(withDate[1]!)) {
    fm.preparedBy = lines[i++]!.text;
  } else if (i < lines.length && lines[i]!.m.length <= 20 && looksLikeUnit(lines[i]!.m)) {
    fm.preparedBy = lines[i]!.text;
    i++;
    if (i < lines.length && /^\(\d{4}年\d{1,2}月(\d{1,2}日)?\)$/.test(lines[i]!.m)) fm.preparedBy += lines[i++]!.text;
  }
  return i;
}

export function parseFrontMatter(lines: readonly Line[]): FrontMatter {
  const fm: FrontMatter = {
    notice: null, docNumber: null, mainRecipients: [], signature: null, date: null, note: null,
    title: null, preparedBy: null, issuerHead: null, next: 0,
  };
  const head = parseHead(lines, fm);
  let i = head.i;
  if (head.noticeTitle || head.recipients) i = parseNoticeBody(lines, i, head.noticeTitle, fm);
  fm.next = parseTitle(lines, i, fm);
  return fm;
}
