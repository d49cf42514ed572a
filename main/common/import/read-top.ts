import { spacedLetters } from './spaced-letters';
import { isAttachmentLabel } from './attachment-label';
import { parseChineseDate } from './chinese-number';
import { cleanTitle, SITE_SUFFIX } from './clean-title';
import { cutHeadingEnds } from './cut-heading';
import { isLeadUnitLine } from './lead-unit-line';
import { startsOwnTitle } from './own-title-line';
import { isColumnLabel } from './column-label';
import { parseDocNumber, TRAILING_DOC_NUMBER, type DocNumber } from './doc-number';
import type { FrontMatter, HeadGuess } from './front-matter';
import { HeadLines } from './head-lines';
import { makeLine, type Line } from './line';
import { looksLikeUnit } from './unit-names';
import { blurbNamedTitle, isSharingBlurb, sharedFileTitle } from './sharing-blurb';
import { isDecisionEntryFields } from './decision-page';
import { isWebChrome } from './web-chrome';
import { isMarkdownQuote } from './markdown-quote';
import { same, sameButDashes, SIGNATURE, TITLE_END } from './title-text';

const HEAD_CHROME = /^(\|+|全文|返回顶部|返回首页|联系我们|网站地图|设为首页|加入收藏|政务微信|政务微博|无障碍|长辈版|繁体版|展开|收起|展开全文|(政府)?信息公开|(适老|关怀|长者)版(-?新版?)?|关闭|打印|分享|收藏|个人中心|[^\u4e00-\u9fff]{1,3}|本网站支持IPv6|视力保护色.*|浏览量.*|智能问答.*|归档时间.*|[\x21-\x7e]+)$|(【?字体[:：]|打印本页|(发布时间|发布日期|信息来源|来源)\s*[:：])|^(日期|时间)\s*[:：]\s*\d{4}[-年]|^(行政)?(规范性|政府|政策|其他|部门)文件$/;

/**
 * "…的通知 |": a page heading set in a table cell keeps the cell's border; the "|" at its end is dropped, and
 * so is a row of empty cells after it ("…的通知 | ||||…").
 */
function unbordered(line: Line): Line {
  const cell = /^([^|]+?)\s*\|[\s|]*$/.exec(line.text);
  return cell ? makeLine(cell[1]!, line.bold) : line;
}

/** The titles read above the 主送 (a page heading, the notice title, the plan title). */
export interface Top { titles: string[] }

/** The lines above the 主送 (or above the text when there is none): 版头, 文号, titles, page chrome. */
export function readTop(lines: readonly Line[], from: number, to: number, stopAtProse: boolean, used: Set<number>, fm: FrontMatter): Top & { stop: number } {
  const reader = new TopReader(fm);
  let i = from;
  for (; i < to; i++) if (reader.read(unbordered(lines[i]!), used.has(i)) === 'prose' && stopAtProse) break;
  reader.flush();
  reader.namedByBlurb();
  return { titles: reader.titles, stop: i };
}

/**
 * "关于印发《X》的通知 关于印发《X》的通知": a page that prints its heading twice (the column's heading, then the
 * page title) sets them side by side once its lines run together. The same title twice is the title once.
 */
function onceOnly(t: string): string {
  const twice = /^(\S.{5,}?)\s+\1$/.exec(t.trim());
  return twice ? twice[1]! : t;
}

/** Reads the top line by line: head fields go to the front matter, title lines gather into runs. */
class TopReader {
  readonly titles: string[] = [];
  private run: Line[] = [];
  /** The title a sharing site's blurb names (its piece prints none of its own), taken only if no title follows. */
  private named: string | null = null;

  constructor(private readonly fm: FrontMatter) {}

  /** A run of title lines ends: its text is a title unless it repeats one. */
  flush(): void {
    if (!this.run.length) return;
    const t = onceOnly(cleanTitle(this.run.map((l) => l.text).join(''), this.fm));
    this.run = [];
    if (!t || this.titles.some((x) => same(x, t))) return;
    // The page heading repeated by the document's own title line: the document's writing is kept.
    const repeated = this.titles.findIndex((x) => sameButDashes(x, t));
    if (repeated >= 0) this.titles[repeated] = t;
    else this.titles.push(t);
  }

  /** No title line under a sharing site's blurb: the piece's title is the one the blurb names, reported. */
  namedByBlurb(): void {
    if (this.titles.length || !this.named) return;
    this.titles.push(this.named);
    this.fm.guesses.push({ what: `正文没有自己的标题，按分享网站导语中的名称“${this.named}”作标题`, confidence: 0.7 });
  }

  /** One line; 'prose' when it is neither chrome, a head field nor a title line. */
  read(line: Line, used: boolean): 'prose' | 'read' {
    const m = line.m.trim();
    // A site menu's items may be set as bullets ("• 无障碍", "• 长辈版").
    const item = m.replace(/^[•·]\s*/, '');
    // A sharing site's blurb: what came above it (the site's page title) is not the document's title.
    // The file's name stands in for the title only until the document prints its own: a preview may repeat the
    // upload name and then give the document's title, which differs from it ("XX县工作要点" / "XX县2022年工作要点").
    const shared = sharedFileTitle(m);
    if (shared) {
      this.run = [];
      this.titles.length = 0;
      this.named = shared;
      return 'read';
    }
    // A sharing site's other blurbs, and a major decision's catalogue entry (its name above is the matter's), clear
    // the titles read so far too.
    if (isSharingBlurb(m) || isDecisionEntryFields(m)) {
      this.run = [];
      this.titles.length = 0;
      const named = blurbNamedTitle(m);
      this.named = named ? line.text.slice(named.at, named.at + named.length).trim() : null;
      return 'read';
    }
    if (used || HEAD_CHROME.test(item) || isWebChrome(item) || isAttachmentLabel(m) || isMarkdownQuote(line.text)) {
      this.flush();
      return 'read';
    }
    if (this.mark(line, m) || this.field(line, m) || this.datedHeading(line, m)) return 'read';
    if (!HeadLines.titleish(line)) {
      this.flush();
      return 'prose';
    }
    this.titleLine(line, m);
    return 'read';
  }

  /**
   * "某县人民政府办公室文件": the 发文机关标志, read before any title. In a Word file a line set all in red that
   * names an organ is the 标志 too, "文件" or not ("中共某县委组织部" over a red rule): the title below is black.
   */
  private mark(line: Line, m: string): boolean {
    const spaced = spacedLetters(m);
    const mark = /^(.{2,40}?)\s*文件$/.exec(spaced ?? m) ?? (line.red ? /^(.{2,40})$/.exec(spaced ?? m) : null);
    // "县本级非规范性文件" is a page's category, not a 发文机关标志: the mark names an organ.
    if (!mark || !SIGNATURE.test(mark[1]!.replace(/\s/g, '')) || this.fm.issuerHead || this.titles.length || this.run.length) return false;
    this.fm.issuerHead = spaced ? mark[1]! : line.text.trim().slice(0, mark[1]!.length);
    return true;
  }

  /** A line that is only a 文号 and/or a 成文日期. */
  private field(line: Line, m: string): boolean {
    const field = headFieldLine(line, m);
    if (!field) return false;
    this.flush();
    if (field.docNumber) this.fm.docNumber ??= field.docNumber;
    if (field.date) this.fm.date ??= field.date;
    if (field.guess) this.fm.guesses.push(field.guess);
    return true;
  }

  /**
   * "2022年区委、区政府重点工作任务 2022-09-23": a page heading followed by its publishing date is a title
   * of its own; the date is the page's.
   */
  private datedHeading(line: Line, m: string): boolean {
    const dated = /^(.{4,}?)\s+\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.exec(m);
    if (!dated || !HeadLines.titleish(makeLine(dated[1]!))) return false;
    this.flush();
    this.run.push(makeLine(line.text.trim().slice(0, dated[1]!.length)));
    this.flush();
    return true;
  }

  /** A title line: it joins the run, or closes the run before it and starts one. */
  private titleLine(line: Line, m: string): void {
    // A spreadsheet's title row is whole: the row under it (its maker's office, a column's label) is not more of it.
    if (this.run.at(-1)?.whole) this.flush();
    const runM = this.run.map((l) => l.m).join('');
    // "懷化市人民政府辦公室" / "關于印發…": the 发文机关 line of a title set over several lines joins it;
    // a unit line followed by anything else is a page's byline ("山东省菏泽市人民政府办公室"), dropped.
    // Two organs of a joint document stack their names on two lines above "关于…" (both kept).
    if (this.run.length && looksLikeUnit(runM) && !looksLikeUnit(m) && !/^(关于|印发|转发|贯彻)/.test(m)) this.run = [];
    // "乡村振兴" / "某地区…实施方案(2021-2023年)": the site's column name above the page's title is dropped.
    if (this.run.length === 1 && isColumnLabel(runM, m)) this.run = [];
    // "关于印发…三年行动计划" / "(2023—2025年)的通知": a line that opens with a bracket or 的 finishes the title.
    const finishes = /^(\([^()]{1,20}\))?的/.test(m) || (/^\([^()]{1,20}\)$/.test(m) && !isLeadUnitLine(m));
    // "关于印发2021年区政府工作报告" / "目标任务分解方案的通知": a 印发 notice's title is not over until its 通知,
    // whatever word (报告, 方案) a line of it ends with.
    const unfinished = /关于(印发|转发|下达)/.test(runM) && !/通知》?$/.test(runM) && /通知$/.test(m);
    // "…重点工作责任分解第一季度进展情况" / "…重点工作责任分解": a title set over lines never says its own name
    // again; a line the run opens with is the document's title under the page's heading (a report on it).
    const repeats = m.length >= 8 && runM.startsWith(m);
    if (this.run.length && !finishes && !unfinished && (repeats || TITLE_END.test(runM) || runM.length + m.length > 160 || cutHeadingEnds(runM, m) || startsOwnTitle(runM, m))) this.flush();
    this.run.push(line);
    // "…的意见-湖南省人民政府门户网站": a page title closed by its site's name is whole; so is one closed by
    // its 文号 after a space ("…的通知 拱政办发〔2018〕42号"), often a page heading over the title again.
    if (SITE_SUFFIX.test(m) || TRAILING_DOC_NUMBER.test(m)) this.flush();
  }
}

/** What a line of the head states on its own: a 文号, a 成文日期, or both. */
interface HeadField {
  docNumber?: DocNumber;
  date?: string;
  guess?: HeadGuess;
}

/** A line under the title that is only a 文号 and/or a 成文日期, in the ways copies print them; null if it is not. */
function headFieldLine(line: Line, m: string): HeadField | null {
  // "(穗府办[2006]37号)": the 文号 in brackets on a line of its own under the title.
  const num = parseDocNumber(m.replace(/^\((.+号)\)$/, '$1'));
  if (num) return { docNumber: { ...num, raw: line.text.trim() } };
  // "(二OO八年二月二十六日)": a gazette prints the 成文日期 in brackets under the title (or above the 文号).
  const bracketed = /^\((.{8,20}日)\)$/.exec(m);
  const bd = bracketed ? parseChineseDate(bracketed[1]!) : null;
  if (bd) return { date: bd };
  // "川办发〔2009〕59号 二○○九年十二月八日": a 公报 prints the 文号 and the 成文日期 on one line.
  const numDate = /^(\S+号)\s+(\S+日)$/.exec(m);
  const nd = numDate ? parseDocNumber(numDate[1]!) : null;
  const ndDate = numDate && nd ? parseChineseDate(numDate[2]!) : null;
  if (nd && ndDate) return { docNumber: { ...nd, raw: line.text.trim().slice(0, numDate![1]!.length) }, date: ndDate };
  // "咸安政发〔2019〕1": a page that cut the 文号's last character; read with its 号, reported.
  const cutNum = /^([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4})$/.exec(m);
  const repaired = cutNum ? parseDocNumber(`${cutNum[1]}号`) : null;
  if (!repaired) return null;
  const t = line.text.trim();
  return { docNumber: { ...repaired, raw: `${t}号` }, guess: { what: `文号“${t}”缺少“号”字，读作“${t}号”`, confidence: 0.8 } };
}
