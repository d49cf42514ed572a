import type { PlanMeta } from '../../model/meta';
import type { Face } from '../gbt9704-style';

export interface HeadLine {
  text: string;
  face: Face;
}

/** 密级和保密期限 as printed: `机密★5年`, or the 密级 alone [Std 7.2.2]. */
export function secrecyText(meta: Pick<PlanMeta, 'secrecy' | 'secrecyTerm'>): string {
  if (!meta.secrecy) return '';
  const term = meta.secrecyTerm?.trim();
  return term ? `${meta.secrecy}★${term}` : meta.secrecy;
}

/**
 * The 版头 elements above the 标志, one a line from the 版心's first line, flush left, in the order
 * 份号 → 密级和保密期限 → 紧急程度 [Std 7.2.1-7.2.3]: 份号 in the body face (digits), the others 3号黑体.
 */
export function topLeftLines(meta: Pick<PlanMeta, 'copyNumber' | 'secrecy' | 'secrecyTerm' | 'urgency'>): HeadLine[] {
  const out: HeadLine[] = [];
  const copy = meta.copyNumber?.trim();
  if (copy) out.push({ text: copy, face: 'fangsong' });
  const secrecy = secrecyText(meta);
  if (secrecy) out.push({ text: secrecy, face: 'heiti' });
  if (meta.urgency) out.push({ text: meta.urgency, face: 'heiti' });
  return out;
}
