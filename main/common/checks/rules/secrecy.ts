import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'secrecy', source: 'GB/T 9704 7.2.2' } as const;

/** 密级和保密期限 [Std 7.2.2]: a 保密期限 belongs to a 密级 (`机密★5年`); written as 数字＋年. */
export const secrecy: MetaRule = {
  id: 'secrecy',
  title: '密级和保密期限',
  source: RULE.source,
  scope: 'meta',
  check(plan) {
    const term = plan.meta.secrecyTerm?.trim() ?? '';
    if (!term) return [];
    if (!plan.meta.secrecy) return [findingOf(RULE, 'error', '填写了保密期限，但没有选择密级：请选择密级或删除保密期限。', { field: 'secrecy' })];
    if (!/^\d+(年|个月)$/.test(term)) return [findingOf(RULE, 'warning', `保密期限“${term}”一般写作阿拉伯数字加“年”，如“5年”。`, { field: 'secrecyTerm' })];
    return [];
  },
};
