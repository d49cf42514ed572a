import type { Finding } from '../finding';
import type { MetaRule } from '../rule-registry';
import { findingOf } from './make-rule';

const RULE = { id: 'issuer-signature', source: 'GB/T 9704 7.3.5.1' } as const;
const filled = (s: string | null | undefined) => Boolean(s?.trim());

/**
 * 发文机关 and 落款 [Std 7.2.4, 7.3.5.1]: a 文件 needs its 发文机关 (for the 版头 标志); a 文件 or a 印发
 * 通知 needs a 落款 署名; a 署名 that is neither the 发文机关 nor part of it (a 规范化简称) is named.
 */
export const issuerSignature: MetaRule = {
  id: 'issuer-signature',
  title: '发文机关与落款',
  source: RULE.source,
  scope: 'meta',
  check(plan, ctx) {
    const out: Finding[] = [];
    const m = plan.meta;
    const kind = ctx.kind;
    if (kind?.redHead && !filled(m.issuer) && !filled(m.signature) && !filled(m.mark)) {
      out.push(findingOf(RULE, 'error', '文件格式需要发文机关：请填写发文机关（版头的发文机关标志由它生成）。', { field: 'issuer' }, undefined, 'GB/T 9704 7.2.4'));
    }
    if (kind && (kind.redHead || (kind.notice && plan.notice !== null)) && !filled(m.signature) && !filled(m.issuer)) {
      out.push(findingOf(RULE, 'error', '落款需要署名：请填写发文机关署名。', { field: 'signature' }));
    }
    const issuer = m.issuer.trim();
    const signature = m.signature.trim();
    if (issuer && signature && signature !== issuer && !issuer.includes(signature) && !signature.includes(issuer)) {
      out.push(findingOf(RULE, 'warning', `落款署名“${signature}”与发文机关“${issuer}”不一致：落款应署发文机关全称或规范化简称。`, { field: 'signature' }, {
        kind: 'set-field', label: `署名改为“${issuer}”`, field: 'signature', value: issuer,
      }));
    }
    return out;
  },
};
