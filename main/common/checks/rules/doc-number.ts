import { DocNumber } from '../../model/doc-number';
import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'doc-number', source: 'GB/T 9704 7.2.5' } as const;
const BAD_AGENCY = /[〔〕[\]［］()（）【】第\d]/;

/**
 * A whole 文号 typed into the 代字 field (or imported so because it was not written 代字〔年〕号):
 * `代字 [bracket] 年份 年? [bracket] 第? 序号 号` with any bracket or none — X政发2026 5号, X政发(2026)5号,
 * X政发[2026]第05号. Full-width digits read as ASCII.
 */
const WHOLE = /^(.*?[^\d\s〔﹝〖〘[［(（【〈{｛])\s*([〔﹝〖〘[［(（【〈{｛]?)\s*(\d{4})\s*(年?)\s*([〕﹞〗〙\]］)）】〉}｝]?)\s*(第?)\s*(\d{1,6})\s*号$/;

interface WholeNumber {
  /** The parts it stands for (null when reading it would be a guess). */
  parts: DocNumber | null;
  /** What is wrong with how it is written, in the words of 7.2.5. */
  wrong: string[];
}

function readWhole(agency: string, stored: DocNumber): WholeNumber | null {
  const text = agency.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = WHOLE.exec(text.trim());
  if (!m) return null;
  const [, name, open, year, nian, close, di, serial] = m as unknown as string[];
  const wrong: string[] = [];
  if (!open && !close) wrong.push('年份应加六角括号〔〕');
  else if (open !== '〔' || close !== '〕') wrong.push('年份用六角括号〔〕，不用其他括号');
  if (nian) wrong.push('括号内不加“年”');
  if (di) wrong.push('序号前不加“第”');
  if (serial!.length > 1 && serial!.startsWith('0')) wrong.push('序号不编虚位');
  const y = Number(year);
  const n = Number(serial);
  // Year and 序号 run together (X政发20265号) or disagree with the parts already filled: not guessed.
  const separated = Boolean(open || close || nian || di || /\d\s+\d/.test(text));
  const agrees = (stored.year === null || stored.year === y) && (stored.serial === null || stored.serial === n);
  const valid = y >= 1949 && y <= 2200 && n >= 1 && !BAD_AGENCY.test(name!.trim());
  return { parts: separated && agrees && valid ? { agency: name!.trim(), year: y, serial: n } : null, wrong };
}

function missing(n: DocNumber | null): string {
  const parts: string[] = [];
  if (!n?.agency.trim()) parts.push('机关代字');
  if (n?.year === null || n?.year === undefined) parts.push('年份');
  if (n?.serial === null || n?.serial === undefined) parts.push('序号');
  return parts.join('、');
}

/**
 * 发文字号 `代字〔2026〕3号` [Std 7.2.5]: stored as parts and rendered with 六角括号, so the form is right
 * by construction; what can still be wrong is a 代字 carrying brackets, 第 or digits, a 序号 0 (虚位),
 * a year other than the 成文日期's, and — for a 文件 — a missing or half-filled 文号.
 */
export const docNumber: MetaRule = {
  id: 'doc-number',
  title: '发文字号',
  source: RULE.source,
  scope: 'meta',
  check(plan, ctx) {
    const out: Finding[] = [];
    const n = plan.meta.docNumber;
    const where = { field: 'docNumber' };
    if (ctx.kind?.redHead) {
      if (DocNumber.isEmpty(n)) out.push(findingOf(RULE, 'error', '文件格式需要发文字号：填写机关代字、年份和序号，如 某政发〔2026〕3号。', where));
      else if (!DocNumber.isComplete(n) && n?.serial !== 0) out.push(findingOf(RULE, 'error', `发文字号不完整：缺${missing(n)}。`, where));
    }
    if (!n || DocNumber.isEmpty(n)) return out;
    const whole = BAD_AGENCY.test(n.agency) ? readWhole(n.agency, n) : null;
    if (whole) {
      const right = whole.parts ? `应为“${DocNumber.format(whole.parts)}”` : '应写作 代字〔年份〕序号号';
      out.push(findingOf(RULE, 'error', `发文字号“${n.agency.trim()}”写法不规范（${whole.wrong.length ? `${whole.wrong.join('；')}；` : ''}年份和序号分栏填写）：${right}。`, where,
        whole.parts ? { kind: 'set-field', label: `改为“${DocNumber.format(whole.parts)}”`, field: 'docNumber', value: whole.parts } : undefined));
    } else if (BAD_AGENCY.test(n.agency)) {
      out.push(findingOf(RULE, 'error', `机关代字“${n.agency}”里有括号、“第”或数字：代字只写文字，年份和序号分开填写。`, where));
    }
    if (n.serial === 0) {
      out.push(findingOf(RULE, 'error', '发文字号的序号应从 1 开始，不编虚位（1 不编为 01）。', where));
    }
    const dateYear = plan.meta.date ? Number(plan.meta.date.slice(0, 4)) : null;
    if (n.year !== null && dateYear !== null && n.year !== dateYear) {
      // The 年份 is the year the document is issued: it should match the 成文日期 (practice, hence a warning).
      out.push(findingOf(RULE, 'warning', `发文字号的年份${n.year}与成文日期的年份${dateYear}不一致：请核对。`, where, {
        kind: 'set-field', label: `年份改为${dateYear}`, field: 'docNumber', value: { ...n, year: dateYear },
      }));
    }
    return out;
  },
};
