import { parseChineseDate } from './chinese-number';
import { parseDocNumber, type DocNumber } from './doc-number';
import { fold, type Line } from './line';
import { markdownFrontMatter } from './markdown-front-matter';
import { gluedPair } from './glued-metadata';

/**
 * The metadata block of a government web page's copy (政府信息公开目录): 索引号, 发文机关, 发文字号,
 * 成文日期, 发布日期 … as "键：值" pairs, several on a line, one per line, a key with its value on the
 * next line, or flattened table cells ("文 号 | 涟政办发〔2021〕12号 |"). Only keys known to name a
 * 文件 field are kept; the rest (索引号, 主题分类, 有效性 …) are page data and dropped with the block.
 */
export interface WebMetadata {
  docNumber: DocNumber | null;
  issuer: string | null;
  /** 成文日期 (or 发文日期 / 生成日期, the page's words for it); 发布日期 is publication, not kept. */
  date: string | null;
  title: string | null;
}

const KEYS = [
  '信息索引号', '索引号', '公开方式', '统一编号', '访问次数', '字体大小', '发布单位', '主题分类', '组配分类', '信息分类', '分类', '体裁分类', '发文机关', '发文机构', '发布机构', '发文单位', '制发机关',
  '发文字号', '文号', '成文日期', '发文日期', '生成日期', '发布日期', '公开日期', '生效日期', '生效时间', '废止时间', '废止日期',
  '时效性', '时效说明', '有效性', '名称', '标题', '关键词', '主题词', '信息来源', '来源', '内容概述', '浏览次数',
  '文件编号', '文件登记号', '发文时间', '发布时间', '公开时限', '公开范围', '时效',
  '发布文号', '所属类别', '文件来源', '失效日期', '效力级别', '实施日期',
  // "• 信息名称:…", "• 发文序号:京兴政办发〔2023〕1 号" (北京大兴's list of fields).
  '信息名称', '发文序号', '信息有效性', '公开类型',
  // "- 公文生成日期: 2022-02-22" (a county site's list of fields).
  '公文生成日期',
  // "发文文号: 嘉政办发〔2023〕7号 发布机关: 市政府办公室" (a city site's pairs).
  '发文文号', '发布机关',
  // "文号 册府办发〔2018〕44号 是否有效" / "公开程序 … 公开时限 长期公开" (a county site's pairs without colons).
  '是否有效', '公开形式', '公开程序',
  // "文件名称 | 某县人民政府关于印发《…》的通知 |" / "公开责任部门 | 某县政府办公室 | 公开形式: | …" (a county site's table).
  '文件名称', '公开责任部门', '公开目录',
  // "公开日 2023-07-04" (a prefecture's county sites): the day made public, left alone on its line when empty.
  '公开日',
  // "发布部门:济宁市任城区人民政府 / 发布时间:… / 政策文号:济任政字〔2021〕28号" (a policy-search site's card).
  '发布部门', '政策文号',
  // "政策级别:市级" / "发文部门:某市工业和信息化局" / "政策主题:引导扶持" (a provincial SME portal's policy card): the
  // level, department and theme the portal files the policy under.
  '政策级别', '发文部门', '政策主题',
  // "- 效力狀態:" / "- 文件下載:" / "- 相關解讀:" then "- 文字解讀" (a county site's list of fields, one a line).
  '效力状态', '文件下载', '相关解读',
  // "发文字号: | 阿署发﹝2024﹞20号 | 成文时间: | 2024-06-25 |" / "公文时效: | 有效 |" (a league government's
  // table of fields): 成文时间 is its word for the 成文日期, 公文时效 for whether the document is in force.
  '成文时间', '公文时效',
  // "栏目: 区管委会办公室文件" (a crawl's record of the page's column): where the site files the page, not its issuer.
  '栏目',
];
// Keys may be spaced out ("文 号", "索 引 号") in table copies, or share their label with another word
// ("- 备注/文号: 将政办〔2022〕13 号": the key is the part after the slash).
const KEY_RE = new RegExp(`((?:[\\u4e00-\\u9fff]{2,4}\\s*/\\s*)?(?:${KEYS.map((k) => k.split('').join('\\s*')).join('|')}))\\s*[:|]`, 'g');
// "【发布文号】穗府办[2006]37号 【发布日期】2006-11-12", "∙【制定机关】…", "【字 号】…": keys in 【】 labels (a
// law-collection page), spaced out or not; a government page's "[ 发文字号 ] 石柱府发〔2024〕14号 [ 主题分类 ] …"
// sets them in square brackets the same way.
const LABEL_KEYS = [...KEYS, '制定机关', '公布日期', '字号', '施行日期', '效力等级'];
const LABEL_RE = new RegExp(`[【[]\\s*(${LABEL_KEYS.map((k) => k.split('').join('\\s*')).join('|')})\\s*[】\\]]`, 'g');
// "索引号 1133…/2023-31395  组配分类 政府工作报告执行  发布机构 嵊泗县人民政府办公室": keys set apart by spaces only.
const SPACED_KEY_RE = new RegExp(`(?:^|\\s)(${KEYS.map((k) => k.split('').join('\\s*')).join('|')})(?=\\s+\\S|\\s*$)`, 'g');

const USEFUL = /^(发文字号|发文文号|政策文号|文号|文件编号|发布文号|发文序号|信息名称|发文机关|发文机构|发布机构|发文单位|制发机关|成文日期|成文时间|发文日期|生成日期|名称|文件名称|标题)$/;

/** Values of the page's own fields ("公开方式：" then "主动公开" on the next line): never a title. */
const PAGE_VALUE = /^(主动公开|依申请公开|不予公开|全文公开|全部公开|长期公开|政府网站|有效|失效|废止|已废止|现行有效)$/;

/**
 * A list rendered one item a line bullets each value as it bullets its key ("- 发文字号:" then "- 融政规〔2022〕6号"):
 * the value is the item's text without its bullet.
 */
const BULLET = /^[•·∙●▪◆-]\s*/;

function keyOf(raw: string): string {
  return raw.replace(/\s/g, '').replace(/^.*\//, '');
}

/** Where each key starts, where its value starts, and the key. */
interface KeyHit { at: number; from: number; key: string; spread?: boolean }

function spacedHits(m: string): KeyHit[] {
  return [...m.matchAll(SPACED_KEY_RE)].map((h) => {
    const at = h.index + (h[0].length - h[0].trimStart().length);
    return { at, from: h.index + h[0].length, key: keyOf(h[1]!), spread: /\s/.test(h[1]!) };
  });
}

function keyHits(m: string, inBlock = false): KeyHit[] {
  const hits = [...m.matchAll(KEY_RE)].map((h) => ({ at: h.index, from: h.index + h[0].length, key: keyOf(h[1]!) }));
  if (hits.length) {
    // "文号 石政办函〔2021〕12号 成文日期: 2021年04月23日": a key without its colon may open a line whose later
    // keys have theirs; it counts when it starts the line.
    const lead = spacedHits(m.slice(0, hits[0]!.at)).slice(0, 1);
    return lead.length && m.slice(0, lead[0]!.at).trim() === '' ? [...lead, ...hits] : hits;
  }
  const labels = [...m.matchAll(LABEL_RE)].map((h) => ({ at: h.index, from: h.index + h[0].length, key: keyOf(h[1]!) }));
  if (labels.length) return labels;
  // Without colons a line is metadata only when it starts with a key and names two, or starts with 索引号.
  const spaced = spacedHits(m);
  if (spaced.length === 0 || m.slice(0, spaced[0]!.at).trim() !== '') return [];
  // A key spread out to fill a table cell ("标  题") is a metadata key even alone on its line.
  // Inside a block (the line above was metadata) one key is enough ("统一编号 CLCD00-2022-0003").
  return spaced.length >= 2 || /索引号$/.test(spaced[0]!.key) || spaced[0]!.spread || inBlock ? spaced : [];
}

/** Pairs on one line; a key with nothing after it takes the value from the next line. */
function pairsOf(m: string, text: string, inBlock = false): Array<[string, string]> | null {
  const hits = keyHits(m, inBlock);
  if (hits.length === 0 || m.slice(0, hits[0]!.at).replace(/[\s•·∙●▪◆|-]/g, '') !== '') return null;
  return hits.map((h, i) => {
    const to = i + 1 < hits.length ? hits[i + 1]!.at : m.length;
    return [h.key, text.slice(h.from, to).replace(/[|\s]+$/g, '').replace(/^[|\s]+/, '').trim()];
  });
}

function dateOf(v: string): string | null {
  const iso = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})/.exec(v);
  if (!iso) return parseChineseDate(v);
  return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
}

function apply(meta: WebMetadata, key: string, value: string): void {
  if (!value) return;
  if (/^(发文字号|发文文号|政策文号|文号|文件编号|发布文号|发文序号|字号)$/.test(key) && !meta.docNumber) meta.docNumber = parseDocNumber(fold(value).replace(/\s/g, ''));
  else if (/^(发文机关|发文机构|发布机构|发布部门|发文单位|发布单位|制发机关|制定机关)$/.test(key) && !meta.issuer && /(政府|办公厅|办公室|委员会|局|厅|委|部|党组)$/.test(value)) meta.issuer = value;
  // A law collection's 公布日期 is the day the document was issued (its 成文日期), not the page's.
  else if (/^(成文日期|成文时间|发文日期|发文时间|生成日期|公文生成日期|公布日期)$/.test(key) && !meta.date) meta.date = dateOf(value);
  else if (/^(名称|信息名称|文件名称|标题)$/.test(key) && !meta.title) meta.title = value;
}

/**
 * "- 相关解读:" then "- 文字解读": in a bulleted list of fields a bare key's value is the next item when that item
 * is no key of its own, whatever the key (its value is page data, no text of the document).
 */
function bulletedValue(key: Line, next: Line): boolean {
  return BULLET.test(key.m.trim()) && BULLET.test(next.m.trim()) && !pairsOf(next.m, next.text) && next.m.length <= 60;
}

/** True when the line opens or continues a metadata block ("• 索引号:", "文 号 | …"). */
export function isMetadataLine(line: Line): boolean {
  return pairsOf(line.m, line.text) !== null;
}

/**
 * Reads the metadata lines among `lines` (the document head); returns the fields and the indexes of the
 * lines it used (the key lines and the value lines after a bare key), which are not plan text.
 */
export function readWebMetadata(lines: readonly Line[]): { meta: WebMetadata; used: Set<number> } {
  const meta: WebMetadata = { docNumber: null, issuer: null, date: null, title: null };
  const used = new Set<number>(markdownFrontMatter(lines));
  for (let i = 0; i < lines.length; i++) {
    const glued = gluedPair(lines, i);
    const pairs = pairsOf(lines[i]!.m, lines[i]!.text, used.has(i - 1)) ?? (glued ? [glued] : null);
    if (!pairs) continue;
    used.add(i);
    for (const [key, value] of pairs) {
      if (value) {
        apply(meta, key, value);
        continue;
      }
      // "• 发文字号:" alone on its line, the value on the next (a list rendered one item per line).
      const next = lines[i + 1];
      if (pairs.length === 1 && USEFUL.test(key) && next && !pairsOf(next.m, next.text) && next.m.length <= 60) {
        apply(meta, key, next.text.trim().replace(BULLET, ''));
        used.add(++i);
      } else if (pairs.length === 1 && next && PAGE_VALUE.test(next.m.trim())) used.add(++i);
      else if (pairs.length === 1 && next && bulletedValue(lines[i]!, next)) used.add(++i);
    }
  }
  return { meta, used };
}
