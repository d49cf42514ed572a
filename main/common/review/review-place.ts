import { CLOSING_BODY, NOTICE_BODY, PREAMBLE_BODY } from '../collab/doc-names';
import type { Body } from '../model/element-types';
import { Numbering } from '../model/numbering';
import type { Plan } from '../model/plan';
import type { Section } from '../model/section';

/** One body of the plan with where it stands, as a 采纳情况表 names it (二、（一）, 开头, 附件2). */
export interface PlacedBody {
  bodyId: string;
  body: Body;
  /** The section's numbering chain, e.g. 二、（一）; empty for the preamble, closing, notice, table attachments. */
  chain: string;
  /** The place when the opinion is not inside a numbered item, e.g. 二、（一）完善机制 or 开头. */
  place: string;
}

/**
 * Every body of the plan with its place, and the number label of every item, so that an opinion reads
 * "二、（一）3." (the measure it is about) as 采纳情况表 in practice cite it. Pure; numbering is derived
 * as everywhere else (model/numbering.ts), never stored.
 */
export function placedBodies(plan: Plan): { bodies: PlacedBody[]; labels: Map<string, string> } {
  const labels = Numbering.plan(plan);
  const bodies: PlacedBody[] = [{ bodyId: PREAMBLE_BODY, body: plan.preamble, chain: '', place: '开头' }];
  const sections = (list: Section[], prefix: string, parent: string) => {
    for (const s of list) {
      const chain = `${parent}${labels.get(s.id) ?? ''}`;
      bodies.push({ bodyId: s.id, body: s.body, chain, place: `${prefix}${chain}${s.title}`.trim() });
      sections(s.sections, prefix, chain);
    }
  };
  sections(plan.sections, '', '');
  bodies.push({ bodyId: CLOSING_BODY, body: plan.closing, chain: '', place: '结尾' });
  if (plan.notice) bodies.push({ bodyId: NOTICE_BODY, body: plan.notice.body, chain: '', place: '印发通知' });
  plan.attachments.forEach((a, i) => {
    const name = plan.attachments.length > 1 ? `附件${i + 1}` : '附件';
    if (a.kind === 'table') bodies.push({ bodyId: a.id, body: a.body, chain: '', place: name });
    // Document attachments number on their own (a 办法 counts 第X条), so their labels come from their own scheme.
    if (a.kind === 'document') {
      const own = Numbering.attachment(a, plan.meta.numbering);
      const walk = (list: Section[], parent: string) => {
        for (const s of list) {
          const chain = `${parent}${own.get(s.id) ?? ''}`;
          bodies.push({ bodyId: s.id, body: s.body, chain: `${name}${chain}`, place: `${name}${chain}${s.title}` });
          walk(s.sections, chain);
        }
      };
      walk(a.sections, '');
      for (const [id, label] of own) labels.set(id, label);
    }
  });
  return { bodies, labels };
}

/** The place of block `index` of a placed body: the item's label after the chain, else the body's place. */
export function placeOfBlock(placed: PlacedBody, index: number, labels: ReadonlyMap<string, string>): string {
  const block = placed.body[index] as { type?: string; id?: string } | undefined;
  const label = block?.type === 'item' && block.id ? labels.get(block.id) : undefined;
  return label ? `${placed.chain}${label}` : placed.place;
}
