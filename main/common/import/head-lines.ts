import { parseChineseDate } from './chinese-number';
import { classifyLine } from './classify-line';
import type { Line } from './line';
import { withoutOtherName } from './organ-other-name';
import { withoutProxyMark } from './proxy-mark';
import { SIGNATURE } from './title-text';

// What a line of a document's head is: the predicates the head readers (front-matter.ts, read-top.ts,
// notice-end.ts, read-notice.ts) share.

function isNoticeTitle(m: string): boolean {
  // "关于报送《某委地震应急预案》的报告": a report sent up (上行文) hands its plan over as a 印发 notice hands one down.
  // "某局关于征求《某实施方案》意见的通告": a request for comments hands its draft over as a 印发 notice does; so
  // does one that names the draft first ("关于《某规划(草案)》征求公众意见的公告", "关于对《某行动计划(征求意见稿)》公开征求意见的公告").
  return /(印发|转发|下发|下达|颁发)/.test(m) || /通知》?$/.test(m) || /报送《[^》]+》的?(报告|请示|函)$/.test(m)
    || /(征求|征询)《[^》]+》.{0,10}意见(和建议)?的(通告|公告|函)$/.test(m)
    || /《[^》]+》.{0,6}(征求|征询).{0,6}意见(和建议)?的(通告|公告|函)$/.test(m);
}

/** The 主送 line: ends in "：", names 各…/人民政府/部门/单位, no sentence. */
function isRecipients(line: Line): boolean {
  const m = line.m;
  // "湖南省人民政府门户网站 www.hunan.gov.cn 发布时间: … 【字体:": a page's byline cut after a widget's label.
  // So is "2019-03-18 信息来源:市政府办公室 阅读量:", which names an office as a 主送 to one organ does.
  if (/www\.|https?:|(发布|发文|更新)(时间|日期)\s*:|【?字体\s*:|浏览次数|点击(量|数)|信息来源\s*:|阅读(量|次数)\s*:/.test(m)) return false;
  // "部门主管：        管理者代表：        董事长：": a form's sign-off row, its fields left blank for signatures.
  if (isSignOffRow(m)) return false;
  return m.length <= 200 && /:$/.test(m) && !/。/.test(m) && !/^[•·*\-]/.test(m) && !/(如下|通知|意见|要求|办法)\s*:$/.test(m)
    // A report sent up (上行文) names one organ, often an office: "某市抗震救灾指挥部办公室：".
    && /各|人民政府|部门|单位|委|厅|局|管委会|办公室|指挥部|领导小组/.test(m) && classifyLine(line).kind === 'text';
}

/** Two or more labels each followed by a blank run (a form's fields to sign), not one list closed by "：". */
function isSignOffRow(m: string): boolean {
  return (m.match(/:/g) ?? []).length >= 2 && /:\s{2,}\S/.test(m);
}

// The organ words a recipient ends with ("…街道办事处", "市直各单位", "…管委会(办事处)").
const ORGAN_END = /(人民政府|政府|办事处|部门|单位|机构|管委会|委员会|党工委|局|厅|委|办)(\([^()]{1,20}\))?$/;

/**
 * A 主送 that lost its "：" ("管理区、镇人民政府街道办事处,市单位"): names only, each group set apart by "，"
 * ending in an organ word, no sentence. Read as the 主送 only where one stands: under a notice title.
 */
function isBareRecipients(m: string): boolean {
  if (m.length > 120 || /[。:;《》!?“”]/.test(m) || /^[\d(]/.test(m)) return false;
  const groups = m.split(',');
  return (groups.length >= 2 || /^各/.test(m)) && groups.every((g) => g.length >= 2 && g.length <= 40 && ORGAN_END.test(g));
}

/**
 * A line that can be (part of) a title: no sentence inside, not a list item, not a date. A 《》 and a short
 * quoted name are words of the title: a campaign is named by its slogan in quotation marks, and a slogan of
 * two halves keeps its comma ("关于开展“收好官,开好局”专项行动的实施方案").
 */
function titleish(line: Line): boolean {
  const m = line.m;
  const words = m.replace(/《[^》]*》/g, '').replace(/“[^”。;:!?]{2,16}”/g, '');
  return classifyLine(line).kind === 'text' && m.length <= 160 && !/[。;:!?,]/.test(words) && !/[,;:]$/.test(m)
    && !parseChineseDate(m) && !isRecipients(line);
}

function isSignatureLine(m: string): boolean {
  const plain = m.replace(/“[^”]*”/g, '');
  return m.length <= 60 && !/[。,;:、《]/.test(plain) && SIGNATURE.test(withoutOtherName(withoutProxyMark(m.replace(/\s+/g, ''))));
}

/** An 附注 such as "（此件公开发布）". */
function isNote(m: string): boolean {
  // "<此件公开发布>": some county sites set the 附注 in angle brackets.
  // GB/T 9704 puts the contact person and telephone in the 附注 too: "（联系人：…，联系电话：…，电子邮箱：…）"
  // runs longer than a "（此件公开发布）" but is bracketed the same way under the date.
  return /^\(.{2,40}\)$/.test(m) || /^[<＜〈]此件.{2,20}[>＞〉]$/.test(m) || /^\((联系人|联系电话|联系方式)[:：][^()]{2,80}\)$/.test(m)
    || BARE_NOTE.test(m);
}

/**
 * "此件公开发布": a page that drops the brackets of the text it shows (its 文号 "中发〔2018〕1号" becomes "中发20181")
 * drops those of the 附注 too. Only the 附注's own words, whole, are read so: 此件 and how the document is published.
 */
const BARE_NOTE = /^此件(公开发布|主动公开|依申请公开|不予?公开|发至[\u4e00-\u9fff]{1,8})$/;

/** `m` is a 主送 that lost its "：", standing right under a notice title `above` ("…的通知") or a draft's "征求意见稿" mark. */
function isBareRecipientsUnder(above: string, m: string): boolean {
  // A draft put out for comment names its recipients right under its "征求意见稿" mark, as a notice does under its title.
  return /通知$|^\(?(征求意见稿|送审稿|讨论稿)\)?$/.test(above) && isBareRecipients(m);
}

export const HeadLines = { isNoticeTitle, isRecipients, isBareRecipientsUnder, titleish, isSignatureLine, isNote };
