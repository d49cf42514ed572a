import { DocNumber } from '../../model/doc-number';
import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'doc-number', source: 'GB/T 9704 7.2.5' } as const;
const BAD_AGENCY = /[〔〕[\]［］()（）【】第\d]/;

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
    if (BAD_AGENCY.test(n.agency)) {
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
