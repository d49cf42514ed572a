import { Traditional } from '../../import/traditional';
import { findingOf, replaceFix, textRule } from './make-rule';

const RULE = { id: 'citation-form', source: 'GB/T 9704 7.2.5' } as const;

/**
 * A cited 文号 in running text: `代字 [〔(（【［] 年 [〕)）】］] 第? 序号 号`. Matched on the traditional-folded
 * copy (same length), so 國發〔2012〕9號 is read too.
 */
const CITED = /([\u4e00-\u9fff]{1,10})([〔[［(（【])\s*((?:19|20)\d{2})\s*([〕\]］)）】])\s*(第?)\s*(\d{1,5})\s*号/g;

/** A 文号 whose year was left out: 政发〔〕14号. */
const NO_YEAR = /([\u4e00-\u9fff]{1,6})([〔[［(（]\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号)/g;

/**
 * Cited documents are written `《标题》（代字〔2023〕12号）` (title first, then 文号 in parentheses); the
 * 文号 itself takes 六角括号, no 第, no 虚位 [Std 7.2.5]. A cited 文号 in [ ], ( ), 【 】, with 第 or a
 * leading zero is named with a fix that rewrites it.
 */
export const citationForm = textRule({
  id: 'citation-form',
  title: '引用文号格式',
  source: RULE.source,
  scan(unit, emit) {
    const t = unit.text;
    if (!t.includes('号') && !t.includes('號')) return;
    const m0 = Traditional.fold(t);
    CITED.lastIndex = 0;
    for (let m = CITED.exec(m0); m; m = CITED.exec(m0)) {
      const [whole, agency, open, year, close, di, serial] = m as unknown as string[];
      const wrongBracket = open !== '〔' || close !== '〕';
      const leadingZero = serial!.length > 1 && serial!.startsWith('0');
      if (!wrongBracket && !di && !leadingZero && !/\s/.test(whole!)) continue;
      // The span starts at the bracket: the 代字 is right as written (and the regex may have taken words before it).
      const start = m.index + agency!.length;
      const end = m.index + whole!.length;
      const written = t.slice(start, end);
      const right = `〔${year}〕${Number(serial)}${written.endsWith('號') ? '號' : '号'}`;
      const what = [wrongBracket && '年份用六角括号〔〕', di && '序号前不加“第”', leadingZero && '序号不编虚位'].filter(Boolean).join('，') || '文号中不留空格';
      emit(findingOf(RULE, 'error', `引用的文号“${agency}${written}”格式不对：${what}，应为“${agency}${right}”。`, unit.at(start, end), replaceFix(unit, start, end, right, `改为“${right}”`)));
    }
    NO_YEAR.lastIndex = 0;
    for (let m = NO_YEAR.exec(m0); m; m = NO_YEAR.exec(m0)) {
      // Quoted with the 代字 before the bracket (政发〔〕14号), pointed at from the bracket on.
      const start = m.index + m[1]!.length;
      emit(findingOf(RULE, 'error', `引用的文号“${t.slice(m.index, start + m[2]!.length)}”缺年份：请补上发文年份，如“〔2024〕”。`, unit.at(start, start + m[2]!.length)));
    }
  },
});
