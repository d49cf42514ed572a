import { UNITS_LINE } from './responsibility';
import { parseChineseDate } from './chinese-number';
import { classifyLine } from './classify-line';
import { TRAILING_DOC_NUMBER } from './doc-number';
import { HeadLines } from './head-lines';
import type { Line } from './line';
import { isMetadataLine } from './web-metadata';

const TERMINAL = /[。;!?:)"”’」』】|]$/;
const INNER_PUNCT = /[、,;]/;
// A title may be quoted as a whole ("黔府办发〔2012〕34号《…的通知》"): it still ends there.
const TITLE_END = /(方案|计划|要点|办法|意见|通知|规定|细则|规划|纲要)》?$/;

function unbalanced(m: string): boolean {
  const count = (re: RegExp) => (m.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/\(/g) > count(/\)/g) || count(/〈/g) > count(/〉/g);
}

function joinable(line: Line): boolean {
  const c = classifyLine(line);
  // A run-in "一、…。…" long enough to be prose may be broken mid-sentence too ("…由办" / "公室负责…").
  const runInH1 = c.kind === 'h1' && line.m.length > 60 && /。./.test(line.m);
  if ((c.kind === 'h1' && !runInH1) || c.kind === 'chapter' || c.kind === 'attachment' || c.kind === 'cell') return false;
  // A page's metadata line ("名称：…的通知 发布日期：…") is whole, however long.
  if (isMetadataLine(line)) return false;
  if (TERMINAL.test(line.m)) return false;
  // "…重点工作任务 2022-09-23": a line closed by a page's date (and time) is whole; prose never ends so.
  if (/\s\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(line.m)) return false;
  // "…的通知 拱政办发〔2018〕42号": a title closed by its 文号 is whole; so is a 版记's 抄送 or 印发 line.
  if (TRAILING_DOC_NUMBER.test(line.m) || /^抄\s*送\s*:|\d日\s*印发$/.test(line.m)) return false;
  // "责任单位：A、B" on its own line is whole: the line after it is something else.
  if (UNITS_LINE.test(line.m) && !unbalanced(line.m)) return false;
  // "（二）实施标准化战略，引领质量发展" is a heading, whatever follows; a broken （十一） item is long.
  if (c.kind === 'h2' && line.m.length - c.start <= 40) return false;
  // A title ending in 通知/方案 with no sentence inside is whole, however long ("成都市发展和改革委员会 … 的通知").
  if (TITLE_END.test(line.m) && !/[。,;]/.test(line.m)) return false;
  // Prose broken mid-sentence has inner punctuation or an open bracket; titles and signatures have neither.
  return INNER_PUNCT.test(line.m.slice(c.start)) || unbalanced(line.m) || line.m.length > 60;
}

const SIGNATURE = /(人民政府|办公厅|办公室|委员会|领导小组|局|厅|委|部|院|署)$/;

/** A title, a 署名, a 成文日期 or an 附注 starts its own line, whatever precedes it. */
function continues(next: Line): boolean {
  if (classifyLine(next).kind !== 'text' || isMetadataLine(next)) return false;
  const m = next.m;
  const short = m.length <= 40 && !INNER_PUNCT.test(m) && !/[。]/.test(m);
  if (short && (TITLE_END.test(m) || SIGNATURE.test(m))) return false;
  if (parseChineseDate(m) || /^\(.{1,40}\)$/.test(m)) return false;
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
 * Web pages and PDFs break paragraphs at a fixed width ("…中华老字号、地" / "理标志…"): a line that
 * stops mid-sentence is joined with the plain line after it. Returns the joined lines and how many joins.
 */
export function joinBrokenLines(lines: readonly Line[]): { lines: Line[]; joins: number } {
  const out: Line[] = [];
  let joins = 0;
  for (const line of lines) {
    const prev = out[out.length - 1];
    // "…的通知" / "管理区、镇人民政府街道办事处,市单位" / the notice text: a 主送 that lost its "：" is whole.
    const bareRecipients = prev && out.length >= 2 && HeadLines.isBareRecipientsUnder(out[out.length - 2]!.m, prev.m);
    // An open 《 or ( always continues: "…关于印发《鄂托克前旗" / "推进质量强旗实施方案》的通知".
    const wraps = prev && !bareRecipients && joinable(prev) && (unbalanced(prev.m) ? classifyLine(line).kind === 'text' : continues(line));
    if (prev && (wraps || unitsGoOn(prev, line))) {
      out[out.length - 1] = { ...prev, text: prev.text + line.text, m: prev.m + line.m };
      joins++;
    } else out.push(line);
  }
  return { lines: out, joins };
}
