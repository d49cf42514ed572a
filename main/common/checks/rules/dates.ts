import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'dates', source: 'GB/T 9704 7.3.5' } as const;

/** yyyy-mm-dd plus `days` (UTC, no clock read). */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A real calendar date (the schema only checks the shape: 2026-02-30 passes it). */
function isRealDate(iso: string): boolean {
  return addDays(iso, 0) === iso;
}

const FUTURE_DAYS = 366;

/**
 * 成文日期 and 印发日期 [Std 7.3.5.4, 7.4.3]: stored as ISO dates and printed in Arabic digits with the
 * full year (chineseDate), so the form is right by construction. Named: a date that does not exist,
 * 印发日期 before 成文日期, a date more than a year after today, and a missing 成文日期 where the kind
 * of document needs one (a 文件 or a 印发通知).
 */
export const dates: MetaRule = {
  id: 'dates',
  title: '成文日期与印发日期',
  source: RULE.source,
  scope: 'meta',
  check(plan, ctx) {
    const out: Finding[] = [];
    const { date, printDate } = plan.meta;
    const needsDate = ctx.kind && (ctx.kind.redHead || (ctx.kind.notice && plan.notice !== null));
    if (needsDate && !date) out.push(findingOf(RULE, 'error', '落款需要成文日期：请填写成文日期。', { field: 'date' }, undefined, 'GB/T 9704 7.3.5.4'));
    const limit = addDays(ctx.today, FUTURE_DAYS);
    for (const [field, label, value] of [['date', '成文日期', date], ['printDate', '印发日期', printDate]] as const) {
      if (!value) continue;
      if (!isRealDate(value)) out.push(findingOf(RULE, 'error', `${label}${value}不是有效日期：请核对月、日。`, { field }));
      else if (value > limit) out.push(findingOf(RULE, 'warning', `${label}${value}在一年以后：请核对年份。`, { field }));
    }
    if (date && printDate && printDate < date) {
      out.push(findingOf(RULE, 'error', `印发日期${printDate}早于成文日期${date}：印发不能早于成文，请核对。`, { field: 'printDate' }, {
        kind: 'set-field', label: '印发日期改为成文日期', field: 'printDate', value: date,
      }, 'GB/T 9704 7.4.3'));
    }
    return out;
  },
};
