import { damagedDate, parseChineseDate } from './chinese-number';
import { classifyLine } from './classify-line';
import { parseDocNumber, type DocNumber } from './doc-number';
import { fold, makeLine, type Line } from './line';
import { looksLikeUnit } from './unit-names';
import { isWebChrome } from './web-chrome';
import { readWebMetadata, type WebMetadata } from './web-metadata';
import { splitRecipients } from './recipients';
import { noticeTitleOverText } from './notice-title-over-text';
import { fuller, HANDS_OVER, key, namedPlan, quoted, same, SIGNATURE, TITLE_END } from './title-text';

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
  date: string | null;
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

const HEAD_CHROME = /^(\|+|全文|返回顶部|返回首页|联系我们|网站地图|设为首页|加入收藏|政务微信|政务微博|无障碍|长辈版|繁体版|关闭|打印|分享|收藏|个人中心|[^\u4e00-\u9fff]{1,3}|本网站支持IPv6|视力保护色.*|浏览量.*|智能问答.*|归档时间.*|[\x21-\x7e]+)$|(【?字体[:：]|打印本页|(发布时间|发布日期|信息来源|来源)\s*[:：])/;

function isNoticeTitle(m: string): boolean {
  return /(印发|转发|下发|颁发)/.test(m) || /通知》?$/.test(m);
}


function isRecipients(line: Line): boolean {
  const m = line.m;
  return m.length <= 200 && /:$/.test(m) && !/。/.test(m) && !/^[•·*\-]/.test(m) && !/(如下|通知|意见|要求|办法)\s*:$/.test(m)
    && /各|人民政府|部门|单位|委|厅|局|管委会/.test(m) && classifyLine(line).kind === 'text';
}

/** A line that can be (part of) a title: no sentence inside, not a list item, not a date. */
function titleish(line: Line): boolean {
  const m = line.m;
  return classifyLine(line).kind === 'text' && m.length <= 160 && !/[。;:!?,]/.test(m.replace(/《[^》]*》/g, '')) && !/[,;:]$/.test(m)
    && !parseChineseDate(m) && !isRecipients(line);
}

function isSignatureLine(m: string): boolean {
  const plain = m.replace(/“[^”]*”/g, '');
  return m.length <= 60 && !/[。,;:、《]/.test(plain) && SIGNATURE.test(m.replace(/\s+/g, ''));
}

function dateOf(line: Line, fm: FrontMatter): string | null {
  const d = parseChineseDate(line.m.replace(/\s+/g, ''));
  if (d) return d;
  const broken = damagedDate(line.m);
  if (!broken) return null;
  fm.guesses.push({ what: `成文日期“${line.text}”缺少年月日，读作 ${broken.iso}${broken.sure ? '' : '（另有其他读法）'}`, confidence: broken.sure ? 0.8 : 0.4 });
  return broken.iso;
}

function isNote(m: string): boolean {
  return /^\(.{2,40}\)$/.test(m);
}

/** A title as the page wrote it: without 【规范性文件】, a wrapping 《》, or a 文号 before or after it. */
function cleanTitle(text: string, fm: FrontMatter): string {
  // 【规范性文件】 tags and a collection page's "第一篇：" are not the title.
  let t = text.trim().replace(/^【[^】]{1,10}】/, '').replace(/^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*/, '');
  // A page's category in quotes before the title ("“党政混合信息公开” 中共…印发…的通知") and a status after it
  // ("…的通知(已失效)") are the page's, not the title's.
  t = t.replace(/^“[^”]{2,12}”\s+/, '').replace(/\s*[(（](已失效|已废止|失效|废止|有效|现行有效|已修改|已修订)[)）]$/, '');
  const before = /^([\u4e00-\u9fff]{1,12}[〔[【(（]\d{4}[〕\]】)）]\d{1,4}[号號])\s*(.+)$/.exec(t);
  if (before) {
    fm.docNumber ??= parseNum(before[1]!);
    t = before[2]!;
  }
  const after = /^(.+?)\s*[(（]([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}[号號])[)）]$/.exec(t);
  if (after) {
    fm.docNumber ??= parseNum(after[2]!);
    t = after[1]!;
  }
  if (/^《.*》$/.test(t) && t.indexOf('》') === t.length - 1) t = t.slice(1, -1).replace(/〈/g, '《').replace(/〉/g, '》');
  return t.trim();
}

function parseNum(raw: string): FrontMatter['docNumber'] {
  const n = parseDocNumber(fold(raw));
  return n ? { ...n, raw } : null;
}





interface Top { titles: string[] }

/** The lines above the 主送 (or above the text when there is none): 版头, 文号, titles, page chrome. */
function readTop(lines: readonly Line[], from: number, to: number, stopAtProse: boolean, used: Set<number>, fm: FrontMatter): Top & { stop: number } {
  const titles: string[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (!run.length) return;
    const t = cleanTitle(run.map((l) => l.text).join(''), fm);
    run = [];
    if (t && !titles.some((x) => same(x, t))) titles.push(t);
  };
  let i = from;
  for (; i < to; i++) {
    const line = lines[i]!;
    const m = line.m.trim();
    if (used.has(i) || HEAD_CHROME.test(m) || isWebChrome(m)) {
      flush();
      continue;
    }
    const mark = /^(.{2,40}?)\s*文件$/.exec(m);
    // "县本级非规范性文件" is a page's category, not a 发文机关标志: the mark names an organ.
    if (mark && SIGNATURE.test(mark[1]!.replace(/\s/g, '')) && !fm.issuerHead && titles.length === 0 && run.length === 0) {
      fm.issuerHead = line.text.trim().slice(0, mark[1]!.length);
      continue;
    }
    // "(穗府办[2006]37号)": the 文号 in brackets on a line of its own under the title.
    const num = parseDocNumber(m.replace(/^\((.+号)\)$/, '$1'));
    if (num) {
      flush();
      fm.docNumber ??= { ...num, raw: line.text.trim() };
      continue;
    }
    // "川办发〔2009〕59号 二○○九年十二月八日": a 公报 prints the 文号 and the 成文日期 on one line.
    const numDate = /^(\S+号)\s+(\S+日)$/.exec(m);
    const nd = numDate ? parseDocNumber(numDate[1]!) : null;
    const ndDate = numDate && nd ? parseChineseDate(numDate[2]!) : null;
    if (nd && ndDate) {
      flush();
      fm.docNumber ??= { ...nd, raw: line.text.trim().slice(0, numDate![1]!.length) };
      fm.date ??= ndDate;
      continue;
    }
    // "咸安政发〔2019〕1": a page that cut the 文号's last character; read with its 号, reported.
    const cutNum = /^([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4})$/.exec(m);
    const repaired = cutNum ? parseDocNumber(`${cutNum[1]}号`) : null;
    if (repaired) {
      flush();
      fm.docNumber ??= { ...repaired, raw: `${line.text.trim()}号` };
      fm.guesses.push({ what: `文号“${line.text.trim()}”缺少“号”字，读作“${line.text.trim()}号”`, confidence: 0.8 });
      continue;
    }
    // "2022年区委、区政府重点工作任务 2022-09-23": a page heading followed by its publishing date is a title
    // of its own; the date is the page's.
    const dated = /^(.{4,}?)\s+\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.exec(m);
    if (dated && titleish(makeLine(dated[1]!))) {
      flush();
      run.push(makeLine(line.text.trim().slice(0, dated[1]!.length)));
      flush();
      continue;
    }
    if (!titleish(line)) {
      flush();
      if (stopAtProse) break;
      continue;
    }
    const runM = run.map((l) => l.m).join('');
    // "懷化市人民政府辦公室" / "關于印發…": the 发文机关 line of a title set over several lines joins it;
    // a unit line followed by anything else is a page's byline ("山东省菏泽市人民政府办公室"), dropped.
    // Two organs of a joint document stack their names on two lines above "关于…" (both kept).
    if (run.length && looksLikeUnit(runM) && !looksLikeUnit(m) && !/^(关于|印发|转发|贯彻)/.test(m)) run = [];
    // "关于印发…三年行动计划" / "(2023—2025年)的通知": a line that opens with a bracket or 的 finishes the title.
    const finishes = /^(\([^()]{1,20}\))?的/.test(m) || /^\([^()]{1,20}\)$/.test(m);
    if (run.length && !finishes && (TITLE_END.test(runM) || runM.length + m.length > 160)) flush();
    run.push(line);
  }
  flush();
  return { titles, stop: i };
}

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


/** Where the notice ends: its 成文日期, its 附注, or (neither written) the plan title it names. */
function noticeEnd(lines: readonly Line[], from: number, to: number, planTitle: string | null): { at: number; by: 'date' | 'note' | 'title' } | null {
  for (let i = from; i < to; i++) {
    const m = lines[i]!.m.trim();
    if (parseChineseDate(m.replace(/\s+/g, '')) || damagedDate(m)) return { at: i, by: 'date' };
    if (isNote(m) && i > from) return { at: i, by: 'note' };
    if (planTitle && i > from && titleStartsAt(lines, i, to, planTitle)) return { at: i, by: 'title' };
  }
  // Neither written in the copy: the notice is the sentence that hands a named plan over ("现将《…》印发给你们").
  for (let i = from; i < Math.min(to, from + 3); i++) {
    const m = lines[i]!.m;
    if (/《.+》/.test(m) && /(印发|转发|下发)给?你们|现予印发|现印发/.test(m)) return { at: i + 1, by: 'title' };
  }
  return null;
}


/** A 成文日期 line past the notice's own 一、二、, followed (after an 附注) by a title line. */
function datedEnd(lines: readonly Line[], from: number, to: number): { at: number; by: 'date' } | null {
  for (let i = from; i < to; i++) {
    const m = lines[i]!.m.trim();
    if (!parseChineseDate(m.replace(/\s+/g, ''))) continue;
    let j = i + 1;
    if (j < lines.length && isNote(lines[j]!.m.trim())) j++;
    return j < lines.length && titleish(lines[j]!) ? { at: i, by: 'date' } : null;
  }
  return null;
}

/** Title over one to four lines, starting at `i`; returns it and the next index. */
function titleRun(lines: readonly Line[], i: number, to: number): { title: string; next: number } | null {
  const parts: Line[] = [];
  while (i < to && parts.length < 4 && titleish(lines[i]!) && !isSignatureLine(lines[i]!.m)) {
    parts.push(lines[i]!);
    i++;
    if (TITLE_END.test(parts.map((l) => l.m).join(''))) {
      // "(2025年版)" / "(试行)" / "(2024—2026年)" set on the next line belongs to the title.
      // A copy that lost its "(" keeps "2020―2022年)" alone on the line.
      if (i < to && /^\(?[^()]{1,14}\)$/.test(lines[i]!.m.trim())) parts.push(lines[i++]!);
      break;
    }
  }
  if (!parts.length) return null;
  return { title: parts.map((l) => l.text.trim()).join(''), next: i };
}

/** The drafting-unit line under a plan title ("省質監局" + "(2014年7月)"); returns the next index. */
function preparedBy(lines: readonly Line[], i: number, fm: FrontMatter): number {
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

function applyMetadata(meta: WebMetadata, fm: FrontMatter, withDate: boolean): void {
  if (meta.docNumber && !fm.docNumber) fm.docNumber = { ...meta.docNumber };
  if (meta.issuer && !fm.issuerHead) fm.issuerHead = meta.issuer;
  if (withDate && meta.date && !fm.date) {
    fm.date = meta.date;
    fm.guesses.push({ what: `成文日期取自网页的信息栏：${meta.date}`, confidence: 0.7 });
  }
}

/** The wrapper: notice body, 署名 (one or more lines), 成文日期, 附注, then the plan title. */
function readNotice(lines: readonly Line[], r: number, stop: { at: number; by: 'date' | 'note' | 'title' }, to: number, top: Top, fm: FrontMatter): number {
  const end = stop.at;
  const found = top.titles.find((t) => isNoticeTitle(makeLine(t).m)) ?? null;
  // A page heading and the notice's own title with its 发文机关 ("天津市滨海新区人民政府印发…"): the fuller.
  const noticeTitle = found ? fuller(top.titles, found) : null;
  let sigFrom = end;
  while (sigFrom - 1 > r && isSignatureLine(lines[sigFrom - 1]!.m.trim())) sigFrom--;
  const body = lines.slice(r + 1, sigFrom).map((l) => l.text);
  // Joint 署名: one organ per line, or several on one line set apart by spaces ("A财政局     A农业农村局").
  const organs = (t: string) => { const parts = t.trim().split(/\s+/); return parts.length > 1 && parts.every((x) => isSignatureLine(fold(x))) ? parts : [t.trim()]; };
  if (sigFrom < end) fm.signature = lines.slice(sigFrom, end).flatMap((l) => organs(l.text)).join('、');
  let j = end;
  if (stop.by === 'date') {
    fm.date = dateOf(lines[end]!, fm);
    if (fm.date) j++;
  }
  if (j < to && isNote(lines[j]!.m.trim())) fm.note = lines[j++]!.text.trim();
  // The bare "附件" label above an attachment handed over as the plan (GB/T 9704 puts it there) is not title.
  if (j < to && /^附\s*件\s*\d*$/.test(lines[j]!.m.trim())) j++;
  const run = titleRun(lines, j, to);
  const named = quoted(noticeTitle ? makeLine(noticeTitle).m : '') ?? (body[0] ? quoted(makeLine(body[0]).m) : null);
  if (run) {
    fm.title = cleanTitle(run.title, fm);
    j = run.next;
  } else if (named) {
    fm.title = named;
    fm.titleFromNotice = true;
    fm.guesses.push({ what: `正文前没有计划标题，按通知中的书名号取为“${fm.title}”`, confidence: 0.7 });
  }
  const verb = body.some((b) => /转发|轉發/.test(b)) ? '转发' : '印发';
  const title = noticeTitle ?? `关于${verb}《${fm.title ?? ''}》的通知`;
  if (!noticeTitle) fm.guesses.push({ what: `原文没有通知标题，已拟为“${title}”`, confidence: 0.3 });
  fm.notice = { title, titleSynthesized: !noticeTitle, body };
  return preparedBy(lines, j, fm);
}

export function parseFrontMatter(lines: readonly Line[]): FrontMatter {
  const fm: FrontMatter = {
    notice: null, docNumber: null, mainRecipients: [], signature: null, date: null, note: null,
    title: null, preparedBy: null, issuerHead: null, guesses: [], next: 0, titleFromNotice: false,
  };
  let to = lines.findIndex((l) => ['h1', 'chapter', 'article', 'h2'].includes(classifyLine(l).kind));
  if (to < 0) to = lines.length;
  to = Math.min(to, 80);
  const { meta, used } = readWebMetadata(lines.slice(0, to));
  let r = -1;
  for (let i = 0; i < to; i++) if (!used.has(i) && isRecipients(lines[i]!)) { r = i; break; }
  // A copy that lost its punctuation: "各乡党委政府县委各部门…" with no "：", then the sentence handing the plan over.
  if (r < 0) {
    for (let i = 0; i + 1 < to; i++) {
      const m = lines[i]!.m;
      if (!used.has(i) && /^各/.test(m) && m.length <= 200 && !/[。,;:]/.test(m) && classifyLine(lines[i]!).kind === 'text'
        && /(印发|转发|下发)给你们|现予印发|现印发/.test(lines[i + 1]!.m)) {
        r = i;
        fm.guesses.push({ what: `“${lines[i]!.text.slice(0, 20)}……”后面是印发的句子，虽无冒号，按主送机关读取`, confidence: 0.6 });
        break;
      }
    }
  }
  const top = readTop(lines, 0, r >= 0 ? r : to, r < 0, used, fm);
  applyMetadata(meta, fm, false);
  if (r >= 0) {
    // "Policies and regulations各区人民政府，…": a site's English column label glued in front is not a recipient.
    const latin = /^[A-Za-z][A-Za-z\s&'-]*(?=[\u4e00-\u9fff])/.exec(lines[r]!.text);
    if (latin) fm.guesses.push({ what: `主送前的网页栏目名“${latin[0].trim()}”已去掉`, confidence: 0.8 });
    fm.mainRecipients = splitRecipients(lines[r]!.text.slice(latin ? latin[0].length : 0).replace(/[:：]\s*$/, ''));
    // The plan the notice names: in the title's 《》, as "印发X的通知", or in the sentence handing it over.
    const named = top.titles.map((t) => namedPlan(t)).find(Boolean) ?? (r + 1 < to ? quoted(lines[r + 1]!.m) : null);
    let end = noticeEnd(lines, r + 1, to, named);
    // "现将《…》印发给你们，并就有关事项通知如下：一、…二、…" then 署名 and date: the notice's own numbered
    // requirements are not the plan; it ends at its date when a title follows it.
    if ((!end || end.by === 'title') && r + 1 < lines.length && HANDS_OVER.test(lines[r + 1]!.m)) {
      const far = Math.min(lines.length, r + 60);
      const dated = datedEnd(lines, Math.max(to, r + 2), far);
      if (dated) {
        end = dated;
        to = far;
      }
    }
    if (end) {
      fm.next = readNotice(lines, r, end, to, top, fm);
      fm.title ??= meta.title;
      applyMetadata(meta, fm, true);
      return fm;
    }
    fm.next = r + 1;
  } else {
    fm.next = top.stop;
    // A notice copied without its 主送 line: notice title, body, 署名, date, then the plan title.
    const noticeTitle = top.titles.some((t) => isNoticeTitle(makeLine(t).m));
    const dated = noticeTitle ? datedEnd(lines, top.stop, Math.min(lines.length, top.stop + 40)) : null;
    if (dated && dated.at > top.stop) {
      fm.next = readNotice(lines, top.stop - 1, dated, lines.length, top, fm);
      fm.title ??= meta.title;
      applyMetadata(meta, fm, true);
      fm.guesses.push({ what: '通知没有主送机关，按通知标题、署名和成文日期读取', confidence: 0.7 });
      return fm;
    }
    if (noticeTitleOverText(lines, top, fm)) {
      applyMetadata(meta, fm, true);
      return fm;
    }
  }
  // No wrapper: the document itself (a 通知, 意见 or plan issued as it is), its title above the 主送.
  // A page title and the document's own title set with its 发文机关 ("沙县人民政府" / "关于…"): the fuller one.
  const found = top.titles.find((t) => TITLE_END.test(makeLine(t).m)) ?? top.titles[0];
  fm.title = found ? fuller(top.titles, found) : meta.title;
  // "关于印发X的通知" then X's own title, no notice body between them: a wrapper copied without its text.
  const plan = fm.title && isNoticeTitle(makeLine(fm.title).m) ? top.titles.find((t) => t !== fm.title && !isNoticeTitle(makeLine(t).m) && t.length >= 6 && key(fm.title!).includes(key(t))) : undefined;
  if (fm.title && plan) {
    fm.notice = { title: fm.title, titleSynthesized: false, body: [] };
    fm.title = plan;
    fm.guesses.push({ what: `通知标题“${fm.notice.title}”后紧接计划标题，通知正文未录入`, confidence: 0.7 });
  }
  if (fm.title && r < 0 && top.titles.length === 0) fm.guesses.push({ what: `标题取自网页信息栏：${fm.title}`, confidence: 0.6 });
  if (r < 0) fm.next = preparedBy(lines, fm.next, fm);
  applyMetadata(meta, fm, true);
  return fm;
}
