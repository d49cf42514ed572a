import { cutBeforeIssuer } from './own-title-line';
import { CONTACT_LABEL } from './contact-label';
import { UNITS_LINE } from './responsibility';
import { parseChineseDate } from './chinese-number';
import { parseDocNumber } from './doc-number';
import { classifyLine } from './classify-line';
import { cutHeadingEnds } from './cut-heading';
import { TRAILING_DOC_NUMBER } from './doc-number';
import { HeadLines } from './head-lines';
import type { Line } from './line';
import { withoutOtherName } from './organ-other-name';
import { isMetadataLine } from './web-metadata';
import { isRecipientsBeforeHandOver } from './recipients-before-handover';

const TERMINAL = /[。;!?:)"”’」』】|]$/;
const INNER_PUNCT = /[、,;]/;
// A title may be quoted as a whole ("黔府办发〔2012〕34号《…的通知》"): it still ends there.
// "…实施方案（2023—2025年）", "…办法（试行）": a title may close with its years or its standing in brackets.
const TITLE_END = /(方案|计划|要点|办法|意见|通知|规定|细则|规划|纲要|流程|规程)》?(\((\d{4}\s*[-—–~至]+\s*\d{4}年?|试行|暂行)\))?$/;

function unbalanced(m: string): boolean {
  const count = (re: RegExp) => (m.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/\(/g) > count(/\)/g) || count(/〈/g) > count(/〉/g);
}

/**
 * Columns a line takes on a page: CJK and full-width forms one, ASCII half. Measured on the text as written:
 * the folded copy turns "，；：" into ASCII, and a PDF line full of them would look short of the page's width.
 */
function columns(m: string): number {
  let n = 0;
  for (const ch of m.trim()) n += ch.charCodeAt(0) < 0x2e80 && !/[—…“”‘’]/.test(ch) ? 0.5 : 1;
  return n;
}

/**
 * A copy broken at a fixed width (text copied out of a PDF, whose every page line is a line): most lines
 * take the page's width, give or take a character (a number kept whole, punctuation hung at the end). The
 * width, or null when line lengths are spread as in a copy that keeps a paragraph a line.
 */
export function wrapWidth(lines: readonly Line[]): number | null {
  // Lines joined back from such a copy already measured it, before the joining hid it from the count.
  const known = lines.find((l) => l.rewrapped !== undefined)?.rewrapped;
  if (known !== undefined) return known;
  // Table rows keep their width (a PDF's table is not read as prose); short lines are headings and ends.
  // Counted in half columns, once: a pass per candidate width would be quadratic on a long copy.
  const MAX = 400;
  const count = new Array<number>(MAX + 2).fill(0);
  let total = 0;
  for (const l of lines) {
    const w = columns(l.text);
    if (w < 12 || /\|\s*$/.test(l.m)) continue;
    count[Math.min(Math.round(w * 2), MAX + 1)]!++;
    total++;
  }
  if (total < 8) return null;
  const upTo: number[] = [];
  count.reduce((n, c, i) => (upTo[i] = n + c), 0);
  let best = 0;
  let at = 0;
  for (let w = 12; 2 * w + 2 <= MAX; w++) {
    const n = upTo[2 * w + 2]! - upTo[2 * w - 5]!;
    // Nothing goes past the page's width: a copy with longer lines keeps its paragraphs whole.
    const over = total - upTo[2 * w + 2]!;
    if (over <= Math.max(1, total * 0.05) && n >= best) [best, at] = [n, w];
  }
  return best >= 6 && best >= total * 0.3 ? at : null;
}

// Where a heading's colon (or an exclamation, a question) ends: a line closed so is whole even at full width.
// A 。 or a ； is not: in a PDF copy a full line ends so as often inside a paragraph ("…要求:…;" / "完成…。")
// as at its end.
const SENTENCE_END = /[!?:]$/;
// A line closed by a comma, an enumeration comma or an opening bracket or quote stops mid-sentence.
// So does a label inside an open bracket ("…清单。(牵头单位:" / "区政府办公室;…)"): the note goes on.
const OPEN_END = /[,、(《“‘[〔【]$|[(〔[【][^)〕\]】]*:$/;

function joinable(line: Line, full: boolean): boolean {
  const c = classifyLine(line);
  if (c.kind === 'cell') return false;
  // A title ending in 通知/方案 with no sentence inside is whole, however long ("成都市发展和改革委员会 … 的通知").
  // At the page's width a line closed by a quoted title ("为贯彻落实《…的意见》") is prose going on, and
  // so is one that leaves a bracket open ("为贯彻落实《…关于印发〈…行动方案" / "（2022—2025年）〉的通知》…").
  // A campaign's slogan quoted in the title keeps its comma ("开展“收好官,开好局”专项行动实施方案").
  // A plan's name inside 《》 may hold a comma of its own ("关于印发《某区关于创新引领、数字赋能，持续提升…的行动计划》的
  // 通知"): the notice's title still ends with 通知 outside the brackets, so the name is read as one word.
  const named = line.m.replace(/《[^《》]*》/g, '《》');
  const titleLike = (m: string) => TITLE_END.test(m) && !/[。,;]/.test(m.replace(/“[^”。;]{2,16}”/g, ''));
  if ((titleLike(line.m) || titleLike(named)) && !(full && (/》$/.test(line.m) || unbalanced(line.m)))) return false;
  // A page's metadata line ("名称：…的通知 发布日期：…") is whole, however long — unless a PDF page broke it
  // ("名称: 关于印发…的" / "通知 文号: …", "[ 发文字号 ] 石柱府发〔2024〕" / "14号").
  if (isMetadataLine(line)) return full;
  // A line that fills the page's width and ends no sentence was broken by the page, whatever it starts with.
  if (full || OPEN_END.test(line.m)) return true;
  // A run-in "一、…。…" long enough to be prose may be broken mid-sentence too ("…由办" / "公室负责…").
  const runInH1 = c.kind === 'h1' && line.m.length > 60 && /。./.test(line.m);
  if ((c.kind === 'h1' && !runInH1) || c.kind === 'chapter' || c.kind === 'attachment') return false;
  if (TERMINAL.test(line.m)) return false;
  // "…重点工作任务 2022-09-23": a line closed by a page's date (and time) is whole; prose never ends so.
  if (/\s\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(line.m)) return false;
  // "…的通知 拱政办发〔2018〕42号": a title closed by its 文号 is whole; so is a 版记's 抄送 or 印发 line.
  if (TRAILING_DOC_NUMBER.test(line.m) || /^抄\s*送\s*:|\d日\s*印发$/.test(line.m)) return false;
  // "责任单位：A、B" on its own line is whole: the line after it is something else.
  if (UNITS_LINE.test(line.m) && !unbalanced(line.m)) return false;
  // "（二）实施标准化战略，引领质量发展" is a heading, whatever follows; a broken （十一） item is long.
  if (c.kind === 'h2' && line.m.length - c.start <= 40) return false;
  // Prose broken mid-sentence has inner punctuation or an open bracket; titles and signatures have neither.
  return INNER_PUNCT.test(line.m.slice(c.start)) || unbalanced(line.m) || line.m.length > 60;
}

const SIGNATURE = /(人民政府|办公厅|办公室|委员会|领导小组|局|厅|委|部|院|署)$/;

/**
 * "1、校外实习、实训申请条件": a short paragraph Word numbered with its list is a heading that ends there. A
 * longer one may be a page's line a copy pasted into Word and numbered ("5.整顿…以驰名商标、中华老字号、地").
 */
function listHeading(line: Line): boolean {
  const c = classifyLine(line);
  return line.listEnd === true && c.kind !== 'text' && c.kind !== 'cell' && line.m.trim().length - c.start <= 16 && !/[。,;:]/.test(line.m);
}

/** A title, a 署名, a 成文日期 or an 附注 starts its own line, whatever precedes it. */
function continues(prev: Line, next: Line, afterFull: boolean): boolean {
  if (classifyLine(next).kind !== 'text' || isMetadataLine(next)) return false;
  const m = next.m;
  // "绛政办发〔2023〕14号" under the title is a line of its own.
  if (parseDocNumber(m.trim())) return false;
  // "100.加强…": an item numbered past 99 (which classifyLine leaves as text) starts its own line too.
  if (/^\d+\s*[.、](?!\d)/.test(m)) return false;
  // "——基层基础方面:…" / "——权责一致。…": a dash item opened by its short label starts its own line, even after a
  // line at the page's width (a PDF's list of aims, one "——" a paragraph).
  if (/^\s*——[^—]{2,20}[:。]/.test(m)) return false;
  // After a line broken by the page, a short rest of the paragraph may end like a title or an organ ("…由县发改" / "局").
  if (afterFull) return !parseChineseDate(m) && !/^\(.{1,40}\)$/.test(m);
  // "…周边环境卫生整洁。" / "责任单位:各街道…": after a sentence's end a units line is the measure's own line.
  if (UNITS_LINE.test(m) && /[。;]$/.test(prev.m)) return false;
  // "联系人：…" / "电  话：…": a contact's label starts its own line (a notice lists them one a line).
  if (CONTACT_LABEL.test(m)) return false;
  const short = m.length <= 40 && !INNER_PUNCT.test(m) && !/[。]/.test(m);
  // "计算机与通信工程学院（电子信息工程学院）": an organ signing with its other name in brackets.
  if (short && (TITLE_END.test(m) || SIGNATURE.test(withoutOtherName(m.trim())))) return false;
  if (parseChineseDate(m) || /^\(.{1,40}\)$/.test(m)) return false;
  // "2020-10-30" under a heading: a page's date stamp is a line of its own (a 公文 writes its dates in 年月日).
  if (/^\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(m.trim())) return false;
  return true;
}

/**
 * "协办单位:区委编办、…、园区党工" / "委、各街道党工委": a units line a PDF wrapped at its width goes on with a
 * line that is only names — a 、 list (or the end of one name: "道党工委") with no sentence punctuation, not
 * numbered, no label of its own.
 */
function unitsGoOn(prev: Line, next: Line): boolean {
  const m = next.m.trim();
  return UNITS_LINE.test(prev.m) && !/[、,，]$/.test(prev.m) && classifyLine(next).kind === 'text' && !UNITS_LINE.test(m)
    && (m.includes('、') || m.length <= 10 && /(委|局|办|部|院|会|室|中心|政府)$/.test(m)) && m.length <= 60 && !/[。,;:!?]/.test(m) && m.split('、').every((x) => x.length > 0 && x.length <= 20);
}

/**
 * "——任务1：协同开展…编制工作" / "。强化城市总体规划…": no line of a document starts with a sentence's stop or
 * a comma; a page that set a task's title apart broke the paragraph before its 。, so the line goes on the last.
 */
function ledByStop(prev: Line, next: Line): boolean {
  return /^\s*[。,;、]/.test(next.m) && classifyLine(prev).kind !== 'cell';
}

/**
 * "---": a Markdown copy's rule, or its front matter's fence ("---" / "标题: …" / "官方链接: https://…" / "---"),
 * stands alone: joined to the link above it and the disclaimer below, it would hide where the page's data ends.
 */
function isRule(line: Line): boolean {
  return /^\s*-{3,}\s*$/.test(line.text);
}

/**
 * Web pages and PDFs break paragraphs at a fixed width ("…中华老字号、地" / "理标志…"): a line that
 * stops mid-sentence — or, in a copy broken at a page's width (`wrapWidth`), fills that width — is joined
 * with the plain line after it. Returns the joined lines and how many joins.
 */
export function joinBrokenLines(lines: readonly Line[]): { lines: Line[]; joins: number } {
  const out: Line[] = [];
  let joins = 0;
  const width = wrapWidth(lines);
  // A line at the page's width (less two columns: a number carried down, a bracket sent down with its text).
  // Measured on the last line as copied, not on what was joined so far.
  const isFull = (l: Line) => width !== null && l.rewrapped === undefined && columns(l.text) >= width - 2;
  let last: Line | undefined;
  for (const line of lines) {
    const prev = out[out.length - 1];
    // "…的通知" / "管理区、镇人民政府街道办事处,市单位" / the notice text: a 主送 that lost its "：" is whole.
    const bareRecipients = prev && (out.length >= 2 && HeadLines.isBareRecipientsUnder(out[out.length - 2]!.m, prev.m)
      || isRecipientsBeforeHandOver(prev.m, line.m));
    const full = last !== undefined && isFull(last) && !SENTENCE_END.test(last.m);
    // A full line closed by 。 or ； may end its paragraph at the page's edge: only plain text goes on after it,
    // never a 署名, a date or a title (the notice's "…请认真贯彻落实。" at full width, then its 署名).
    const loose = full && !/[。;]$/.test(last!.m);
    // An open 《 or ( always continues: "…关于印发《鄂托克前旗" / "推进质量强旗实施方案》的通知" — but not a
    // page heading cut inside its 《 when an organ's own title follows, nor one cut inside its period's "(2021—2"
    // over the organ line of the notice's own title.
    const cutHeading = (p: Line) => cutHeadingEnds(p.m, line.m) || cutBeforeIssuer(p.m.trim(), line.m.trim());
    const wraps = prev && !bareRecipients && joinable(prev, full) && (unbalanced(prev.m) ? classifyLine(line).kind === 'text' && !cutHeading(prev) : continues(prev, line, loose));
    if (prev && !listHeading(prev) && !isRule(prev) && !isRule(line) && (wraps || unitsGoOn(prev, line) || ledByStop(prev, line))) {
      out[out.length - 1] = { ...prev, text: prev.text + line.text, m: prev.m + line.m };
      joins++;
    } else out.push(line);
    last = line;
  }
  return { lines: out, joins };
}
