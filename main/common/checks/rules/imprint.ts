import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'imprint', source: 'GB/T 9704 7.4.3' } as const;
const filled = (s: string | null | undefined) => Boolean(s?.trim());

/**
 * 版记 [Std 7.4]: printed for a 文件, or when any of its fields is filled; then it needs both 印发机关
 * and 印发日期 (7.4.3). In the editor (no kind chosen) only a 版记 begun and left half-filled is named.
 */
export const imprint: MetaRule = {
  id: 'imprint',
  title: '版记',
  source: RULE.source,
  scope: 'meta',
  check(plan, ctx) {
    const m = plan.meta;
    const begun = m.copyTo.some(filled) || filled(m.printer) || Boolean(m.printDate);
    if (!ctx.kind?.redHead && !begun) return [];
    const severity = ctx.kind ? 'error' : 'warning';
    const out: Finding[] = [];
    if (!filled(m.printer)) out.push(findingOf(RULE, severity, '版记需要印发机关：请填写印发机关（一般为发文机关的办公厅/室）。', { field: 'printer' }));
    if (!m.printDate) out.push(findingOf(RULE, severity, '版记需要印发日期：请填写印发日期。', { field: 'printDate' }));
    return out;
  },
};
