import { foldCodes } from '../../import/traditional';
import type { Finding } from '../finding';
import { findingOf, replaceFix, textRule } from './make-rule';
import type { TextUnit } from './text-units';
import { numeralValue } from './chinese-numeral';

const RULE = { id: 'citation-form', source: 'GB/T 9704 7.2.5' } as const;
/** The order 《标题》（文号） is drafting practice (the 2000 办法 第二十三条 wrote it down; the 2012 条例 does not). */
const ORDER_SOURCE = '实务：引用公文先引标题，后引发文字号';

/** Brackets a 文号's year is found in: 〔〕 and its look-alikes (﹝﹞ 〖〗 〘〙 [ ] ［］ ( ) （） 【】 〈〉 { } ｛｝). */
const OPEN = '〔﹝〖〘[［(（【〈{｛';
const CLOSE = '〕﹞〗〙\\]］)）】〉}｝';
const CN_DIGITS = '〇零○一二三四五六七八九';
const CN_NUMBER = `${CN_DIGITS}十百`;

/**
 * A cited 文号 in running text, on the folded copy (traditional → simplified, full-width digits → ASCII,
 * same length): `代字 [open] year 年? [close] 第? 序号 号`, the year in 4 or 2 Arabic digits or 4 Chinese
 * ones, the 序号 in Arabic digits or Chinese numerals.
 */
const CITED = new RegExp(
  `([\\u4e00-\\u9fff]{1,10})([${OPEN}])\\s*((?:19|20)\\d{2}|\\d{2}|[${CN_DIGITS}]{4})\\s*(年?)\\s*([${CLOSE}])\\s*(第?)\\s*(\\d{1,5}|[${CN_NUMBER}]{1,6})\\s*号`,
  'g',
);

/** A 文号 whose year was left out: 政发〔〕14号. */
const NO_YEAR = new RegExp(`([\\u4e00-\\u9fff]{1,6})([${OPEN}]\\s*[${CLOSE}]\\s*第?\\s*\\d{1,5}\\s*号)`, 'g');

/**
 * A cited 文号 written without brackets (国发2023年12号, 国发2023 12号, 国发2023-12号, 国发20235号): the
 * 代字 must end as 代字 do — 发, 函, 字, 明电 — and not be a word such as 印发 or 数字, since the same
 * digits after other words are 公告 numbers (公告2023年第12号), dates or figures. The 代字 is matched up
 * to 10 characters, then the year 19xx/20xx, a separator (年, spaces, a dash, 第 or nothing) and the 序号.
 */
const BARE = /([\u4e00-\u9fff]{0,9}(?:发|函|字|明电))(\s*)((?:19|20)\d{2})(\s*年\s*|\s+|\s*[-－—–]\s*|)(第?)\s*(\d{1,5})\s*号/g;

/** Words ending in 发, 函 or 字 that are not a 代字: a verb before a date or a figure, or a noun. */
const NOT_AGENCY = new Set([
  '印发', '转发', '下发', '制发', '签发', '颁发', '核发', '分发', '编发', '抄发', '派发', '群发', '重发', '再发', '另发', '已发', '所发',
  '补发', '代发', '收发', '首发', '出发', '研发', '开发', '批发', '引发', '激发', '启发', '揭发', '突发', '多发', '频发', '高发', '易发',
  '爆发', '散发', '自发', '并发', '复发', '来函', '复函', '去函', '致函', '发函', '公函', '便函', '数字', '文字', '汉字', '签字', '名字',
  '题字', '赤字', '红字', '打字',
]);

/** Full-width digits read as ASCII ones, so ２０２３ matches (and is named). */
const ascii = (code: number) => (code >= 0xff10 && code <= 0xff19 ? code - 0xfee0 : code);

/** A two-digit year as a full one: the most recent such year not after next year. */
function fullYear(yy: number, today: string): number {
  const next = Number(today.slice(0, 4)) + 1;
  return 2000 + yy <= next ? 2000 + yy : 1900 + yy;
}

interface Cited {
  /** The 代字 as matched (may hold words before it: only trusted after 》). */
  agency: string;
  /** [bracket, end) of the 文号 after the 代字, in the text. */
  start: number;
  end: number;
  /** What is wrong with its form (empty: right as written) and the form it should have. */
  wrong: string[];
  /** null when the numerals cannot be read (no fix then). */
  right: string | null;
}

/** Read one match of CITED: what is wrong and the right form. */
function readCited(m: RegExpExecArray, t: string, today: string): Cited {
  const [whole, agency, open, year, nian, close, di, serial] = m as unknown as string[];
  const start = m.index + agency!.length;
  const end = m.index + whole!.length;
  const written = t.slice(start, end);
  const wrong: string[] = [];
  if (open !== '〔' || close !== '〕') wrong.push('年份用六角括号〔〕');
  const cnYear = !/^\d/.test(year!);
  const cnSerial = !/^\d/.test(serial!);
  if (cnYear || cnSerial) wrong.push('年份和序号用阿拉伯数字');
  if (/[０-９]/.test(written)) wrong.push('数字用半角');
  if (year!.length === 2) wrong.push('年份标全称');
  if (nian) wrong.push('括号内不加“年”');
  if (di) wrong.push('序号前不加“第”');
  if (!cnSerial && serial!.length > 1 && serial!.startsWith('0')) wrong.push('序号不编虚位');
  if (/\s/.test(written)) wrong.push('文号中不留空格');
  const y = cnYear ? numeralValue(year!, true) : year!.length === 2 ? fullYear(Number(year), today) : Number(year);
  const n = cnSerial ? numeralValue(serial!, false) : Number(serial);
  const right = Number.isFinite(y) && Number.isFinite(n) && n >= 1 ? `〔${y}〕${n}${written.endsWith('號') ? '號' : '号'}` : null;
  return { agency: agency!, start, end, wrong, right };
}

/** Read one match of BARE (null: the word before the digits is not a 代字): always wrong, no brackets. */
function readBare(m: RegExpExecArray, t: string): Cited | null {
  const [whole, agency, , year, sep, di, serial] = m as unknown as string[];
  if (NOT_AGENCY.has(agency!.slice(-2)) || (agency === '发' || agency === '函' || agency === '字')) return null;
  const start = m.index + agency!.length;
  const end = m.index + whole!.length;
  const written = t.slice(start, end);
  const wrong = ['年份应加六角括号〔〕'];
  if (sep!.includes('年')) wrong.push('年份后不加“年”');
  if (di) wrong.push('序号前不加“第”');
  if (serial!.length > 1 && serial!.startsWith('0')) wrong.push('序号不编虚位');
  if (/[０-９]/.test(written)) wrong.push('数字用半角');
  if (/\s/.test(written)) wrong.push('文号中不留空格');
  // 国发20265号: where the year ends and the 序号 begins is a guess (20265 could be 2026 and 5, or a typo).
  const together = !sep && !di;
  if (together) wrong.push('年份和序号连在一起，分不清序号，请按“代字〔年份〕序号号”改写');
  const n = Number(serial);
  const right = !together && n >= 1 ? `〔${year}〕${n}${written.endsWith('號') ? '號' : '号'}` : null;
  return { agency: agency!, start, end, wrong, right };
}

/** The finding of one cited 文号 (none when it is right and in its place); `agencyStart` is where its match began. */
function emitCited(unit: TextUnit, m0: string, agencyStart: number, c: Cited, emit: (f: Finding) => void): void {
  const t = unit.text;
  const bare = m0[agencyStart - 1] === '》';
  const before = !bare && m0[c.end] === '《';
  if (!c.wrong.length && !bare && !before) return;
  const written = t.slice(c.start, c.end);
  // The matched 代字 may hold words before it (根据国发): quoted only where it surely begins (after 》 or （).
  const sure = bare || '（('.includes(m0[agencyStart - 1] ?? '-');
  const agency = sure ? c.agency : '';
  const shown = `${agency}${written}`;
  if (bare) {
    // 《标题》代字〔2023〕12号: the 代字 begins right after 》, so parentheses can be put around it.
    const what = ['文号放在标题后的括号内', ...c.wrong].join('，');
    const right = `（${c.agency}${c.right ?? written}）`;
    const fix = c.right || !c.wrong.length ? replaceFix(unit, agencyStart, c.end, right, `改为“${right}”`) : undefined;
    emit(findingOf(RULE, c.wrong.length ? 'error' : 'warning', `引用的文号“${shown}”格式不对：${what}${fix ? `，应为“${right}”` : ''}。`, unit.at(agencyStart, c.end),
      fix, c.wrong.length ? RULE.source : ORDER_SOURCE));
    return;
  }
  const order = before ? '引用公文应先引标题、后引文号，写作《标题》（文号）' : '';
  if (!c.wrong.length) {
    emit(findingOf(RULE, 'warning', `引用的文号“${shown}”写在了标题前：${order}。`, unit.at(c.start, c.end), undefined, ORDER_SOURCE));
    return;
  }
  const what = c.wrong.join('，');
  const should = c.right ? `，应为“${agency}${c.right}”` : '';
  emit(findingOf(RULE, 'error', `引用的文号“${shown}”格式不对：${what}${should}${order ? `；${order}` : ''}。`, unit.at(c.start, c.end),
    c.right ? replaceFix(unit, c.start, c.end, c.right, `改为“${c.right}”`) : undefined));
}

/**
 * Cited documents are written `《标题》（代字〔2023〕12号）`: title first, then the 文号 in parentheses;
 * the 文号 takes 六角括号, the full year and 序号 in Arabic digits, no 第, no 虚位 [Std 7.2.5]. Named:
 * a cited 文号 in [ ], ( ), 【 】, ﹝ ﹞ …, with 第, a leading zero, a 2-digit or Chinese-numeral year,
 * full-width digits or spaces (fix: the right form); a 文号 right after its 《标题》 without parentheses
 * (fix: put them, the 代字 starts at 》); a 文号 written before its 《标题》 (no fix: where the 代字 begins
 * is not known); a 文号 without its year.
 */
export const citationForm = textRule({
  id: 'citation-form',
  title: '引用文号格式',
  source: RULE.source,
  scan(unit, emit, ctx) {
    const t = unit.text;
    if (!t.includes('号') && !t.includes('號')) return;
    const m0 = foldCodes(t, ascii);
    CITED.lastIndex = 0;
    for (let m = CITED.exec(m0); m; m = CITED.exec(m0)) emitCited(unit, m0, m.index, readCited(m, t, ctx.today), emit);
    BARE.lastIndex = 0;
    for (let m = BARE.exec(m0); m; m = BARE.exec(m0)) {
      const c = readBare(m, t);
      if (c) emitCited(unit, m0, m.index, c, emit);
    }
    NO_YEAR.lastIndex = 0;
    for (let m = NO_YEAR.exec(m0); m; m = NO_YEAR.exec(m0)) {
      // Quoted with the 代字 before the bracket (政发〔〕14号), pointed at from the bracket on.
      const start = m.index + m[1]!.length;
      emit(findingOf(RULE, 'error', `引用的文号“${t.slice(m.index, start + m[2]!.length)}”缺年份：请补上发文年份，如“〔2024〕”。`, unit.at(start, start + m[2]!.length)));
    }
  },
});
