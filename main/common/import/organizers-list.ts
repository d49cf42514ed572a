import type { Body } from '../model/element-types';
import type { Line } from './line';

/**
 * "主办单位：省教育厅" / "承办机构：…" / "协办单位：某学院": an event notice lists who holds the event. A
 * "协办单位：" or "承办单位：" line there names the event's organizers, not the units of the paragraph above
 * it: read as such only when a "主办…：" line stands among the few paragraphs above.
 */
export function isOrganizersLine(body: Body, line: Line): boolean {
  if (!/^(承办|协办)(单位|机构|方)?\s*:/.test(line.m)) return false;
  return body.slice(-4).some((b) => b.type === 'paragraph' && /^主办(单位|机构|方)?\s*:/.test(b.children.map((c) => c.text).join('').replace(/：/g, ':').trim()));
}
