import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'copy-number', source: 'GB/T 9704 7.2.1' } as const;

/** 份号 [Std 7.2.1]: six Arabic digits; a 涉密 document must carry one. */
export const copyNumber: MetaRule = {
  id: 'copy-number',
  title: '份号',
  source: RULE.source,
  scope: 'meta',
  check(plan) {
    const raw = plan.meta.copyNumber?.trim() ?? '';
    const where = { field: 'copyNumber' };
    if (raw && !/^\d{6}$/.test(raw)) {
      const digits = /^\d{1,6}$/.test(raw) ? raw.padStart(6, '0') : null;
      return [findingOf(RULE, 'error', `份号“${raw}”应为 6 位阿拉伯数字，如 000123。`, where,
        digits ? { kind: 'set-field', label: `改为${digits}`, field: 'copyNumber', value: digits } : undefined)];
    }
    if (!raw && plan.meta.secrecy) return [findingOf(RULE, 'error', `涉密公文（${plan.meta.secrecy}）应标注份号。`, where)];
    return [];
  },
};
