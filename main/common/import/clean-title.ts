import { parseDocNumber } from './doc-number';
import type { FrontMatter } from './front-matter';
import { fold } from './line';

function parseNum(raw: string): FrontMatter['docNumber'] {
  const n = parseDocNumber(fold(raw));
  return n ? { ...n, raw } : null;
}

/** "…的意见-湖南省人民政府门户网站": a page title's site name after a dash. */
export const SITE_SUFFIX = /\s*[-—–_|｜]\s*[\u4e00-\u9fff]{2,24}(门户网站|门户网|政府网站|政府网|网站|网)$/;

/** A title as the page wrote it: without 【规范性文件】, a wrapping 《》, or a 文号 before or after it (kept in `fm`). */
export function cleanTitle(text: string, fm: FrontMatter): string {
  // 【规范性文件】 tags and a collection page's "第一篇：" are not the title.
  let t = text.trim().replace(/^【[^】]{1,10}】/, '').replace(/^第[一二三四五六七八九十\d]{1,3}篇\s*[:：]\s*/, '');
  // "【市政府重点工作及责任分解】滁州市人民政府关于…的通知": a longer 【】 label is the page's column, named after
  // the kind of work it files; a 公文 title (发文机关 + 关于 + 事由 + 文种) never opens with a bracketed label.
  t = t.replace(/^【[^】\d]{11,24}】\s*(?=[\u4e00-\u9fff]{2,30}关于.)/, '');
  // "大 同 市 人 民 政 府 办 公 室关于印发…": an organ line letter-spaced to fill the 版头's width.
  t = t.replace(/[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,}/g, (s) => s.replace(/[ \u3000]/g, ''));
  // A page's category in quotes before the title ("“党政混合信息公开” 中共…印发…的通知") and a status after it
  // ("…的通知(已失效)") are the page's, not the title's.
  t = t.replace(/^“[^”]{2,12}”\s+/, '').replace(/\s*[(（](已失效|已废止|失效|废止|有效|现行有效|已修改|已修订)[)）]$/, '');
  // "关于征求《X》意见和建议的通知": the heading of a page asking for comments on a draft; the draft X, whose own
  // title follows the heading, is the document.
  const draft = /^(?:[\u4e00-\u9fff]{2,30})?关于(?:公开)?征求《([^》]{4,80})》(?:的)?意见(?:和建议)?的(?:通知|公告)$/.exec(t);
  if (draft) t = draft[1]!.replace(/\s*[(（]征求意见稿[)）]$/, '');
  // "阳政办〔2019〕1号—区人民政府办公室关于…": a dash may stand between the 文号 and the title.
  // "(新政发〔2016〕21号)区人民政府关于…": a page may put the 文号 in brackets before the title.
  const before = /^([\u4e00-\u9fff]{1,12}[〔[【(（]\d{4}[〕\]】)）]\d{1,4}[号號])\s*[—–―－-]*\s*(.+)$/.exec(t)
    ?? /^[(（]([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}[号號])[)）]\s*(.+)$/.exec(t);
  if (before) {
    fm.docNumber ??= parseNum(before[1]!);
    t = before[2]!;
  }
  const after = /^(.+?)\s*[(（]([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}[号號])[)）]$/.exec(t);
  if (after) {
    fm.docNumber ??= parseNum(after[2]!);
    t = after[1]!;
  }
  // "关于印发…方案的通知 常政发〔2023〕1号": a copy may set the 文号 after the title on its line.
  const trailing = /^(.+?)\s+([\u4e00-\u9fff]{1,12}[〔[【]\d{4}[〕\]】]\d{1,4}[号號])$/.exec(t);
  if (trailing) {
    fm.docNumber ??= parseNum(trailing[2]!);
    t = trailing[1]!;
  }
  // "…部门分工的意见-湖南省人民政府门户网站": a page title names its site after a dash; the site is not the title's.
  t = t.replace(SITE_SUFFIX, '');
  // "…重点工作分工方案(共计121项)": the count of the plan's items is not its title ("(共118項)" in a traditional copy).
  t = t.replace(/\s*[(（](共计|共計|共|合计|合計)\s*\d{1,4}\s*[项条件項條][)）]$/, '');
  // "…实施方案" / "2023年)": a copy that lost the "(" before the plan's years; given back when no bracket opens.
  if (!/[(（]/.test(t)) t = t.replace(/(\d{4}(?:\s*[-—–―~至]\s*\d{4})?\s*年(?:版|度)?)([)）])$/, (_s, years: string, close: string) => `${close === ')' ? '(' : '（'}${years}${close}`);
  // "…目标任务分解表(一)": the number of one table among several the plan hands over is not its title.
  t = t.replace(/(表)\s*[(（][一二三四五六七八九十\d]{1,2}[)）]$/, '$1');
  if (/^《.*》$/.test(t) && t.indexOf('》') === t.length - 1) t = t.slice(1, -1).replace(/〈/g, '《').replace(/〉/g, '》');
  return t.trim();
}
