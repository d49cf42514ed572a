import type { Finding } from '../finding';
import { bodyRule, findingOf } from './make-rule';

const RULE = { id: 'deadline-range', source: '实务：完成时限在计划年度内、成文日期之后' } as const;

const DATE = /(?:(\d{4})\s*年)?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/;
const YEAR_ONLY = /(\d{4})\s*年/;

/** The last ISO day a deadline text can mean (底/末 of a month → its last day), or null when it names none. */
function deadlineEnd(text: string, planYear: number): { year: number; iso: string | null } | null {
  const m = DATE.exec(text);
  if (m) {
    const year = m[1] ? Number(m[1]) : planYear;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const day = m[3] ? Number(m[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { year, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
  }
  const y = YEAR_ONLY.exec(text);
  return y ? { year: Number(y[1]), iso: `${y[1]}-12-31` } : null;
}

/**
 * An item's 完成时限 lies in the plan's year and after its 成文日期. A deadline in another year is named
 * (a warning: a multi-year 实施方案 may run on); a deadline that ends before the 成文日期 is an error
 * in the making (the plan is issued after its task was due). Texts without a date (长期坚持) pass.
 */
export const deadlineRange = bodyRule({
  id: 'deadline-range',
  title: '完成时限超出计划年度',
  source: RULE.source,
  checkUnit(plan, ref) {
    const out: Finding[] = [];
    const year = plan.meta.year;
    for (const block of ref.body) {
      if (block.type !== 'item' || !block.deadline?.trim()) continue;
      const d = deadlineEnd(block.deadline, year);
      if (!d) continue;
      const where = { sectionId: ref.id, itemId: block.id };
      if (plan.meta.date && d.iso && d.iso < plan.meta.date) {
        out.push(findingOf(RULE, 'warning', `完成时限“${block.deadline}”早于成文日期${plan.meta.date}：请核对时限。`, where));
      } else if (d.year !== year) {
        out.push(findingOf(RULE, 'warning', `完成时限“${block.deadline}”不在计划年度${year}年内：请核对年份。`, where));
      }
    }
    return out;
  },
});
