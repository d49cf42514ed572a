import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'main-recipients', source: 'GB/T 9704 7.3.2' } as const;

/**
 * 主送机关 [Std 7.3.2]: a 印发通知 is addressed to someone. Named when the notice is printed (export
 * kind `notice`, or in the editor a plan that has a notice) and no 主送 is filled; a 主送 that ends with
 * its colon (the layout adds the ：) is named with a fix.
 */
export const mainRecipients: MetaRule = {
  id: 'main-recipients',
  title: '主送机关',
  source: RULE.source,
  scope: 'meta',
  check(plan, ctx) {
    const out: Finding[] = [];
    const list = plan.meta.mainRecipients;
    const withNotice = plan.notice !== null && (ctx.kind ? ctx.kind.notice : true);
    if (withNotice && list.every((r) => !r.trim())) {
      out.push(findingOf(RULE, ctx.kind ? 'error' : 'warning', '印发通知需要主送机关：请填写主送机关（如“各乡镇人民政府，县直各部门”）。', { field: 'mainRecipients' }));
    }
    const last = list.length ? list[list.length - 1]!.trimEnd() : '';
    if (/[：:]$/.test(last)) {
      out.push(findingOf(RULE, 'warning', '主送机关末尾不用填写冒号：版式会自动加全角冒号。', { field: 'mainRecipients' }, {
        kind: 'set-field', label: '删除末尾冒号', field: 'mainRecipients', value: [...list.slice(0, -1), last.replace(/[：:]+$/, '')],
      }));
    }
    return out;
  },
};
