import type { Block, Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Plan } from '../model/plan';
import type { Section } from '../model/section';
import type { FindingWhere } from './finding';

/** `where.field` values that name a body's own title (with `sectionId`), as the rules emit them. */
export const SECTION_TITLE_FIELD = 'sectionTitle';
export const ATTACHMENT_TITLE_FIELD = 'attachmentTitle';

/** The text of one block as offsets count it (finding.ts): a table is an empty block. */
export function blockPlainText(block: Block): string {
  if (block.type === 'table') return '';
  let s = '';
  for (const leaf of block.children) s += leaf.text;
  return s;
}

/** A body's plain text: its blocks' texts joined by "\n" (finding.ts). */
export function bodyPlainText(body: Body): string {
  return body.map(blockPlainText).join('\n');
}

function allSections(plan: Plan): Section[] {
  const out: Section[] = [];
  for (const top of plan.sections) out.push(top, ...top.sections);
  for (const a of plan.attachments) if (a.kind === 'document') for (const top of a.sections) out.push(top, ...top.sections);
  return out;
}

/** The body a `sectionId` names (a section, `preamble`, `closing`, `notice`, a table attachment), or null. */
export function bodyOf(plan: Plan, id: string): Body | null {
  if (id === 'preamble') return plan.preamble;
  if (id === 'closing') return plan.closing;
  if (id === 'notice') return plan.notice?.body ?? null;
  const s = allSections(plan).find((x) => x.id === id);
  if (s) return s.body;
  const a = plan.attachments.find((x) => x.id === id);
  if (a?.kind === 'table') return a.body;
  return a ? [] : null;
}

/** The item with this id anywhere in the plan (attachments included), or null. */
export function itemOf(plan: Plan, itemId: string, sectionId?: string): Item | null {
  const bodies = sectionId ? [bodyOf(plan, sectionId) ?? []] : [...allBodies(plan)];
  for (const body of bodies) for (const b of body) if (b.type === 'item' && b.id === itemId) return b;
  return null;
}

function* allBodies(plan: Plan): Generator<Body> {
  yield plan.preamble;
  for (const s of allSections(plan)) yield s.body;
  yield plan.closing;
  if (plan.notice) yield plan.notice.body;
  for (const a of plan.attachments) if (a.kind === 'table') yield a.body;
}

/** The text a `where` indexes (finding.ts), or null when the place no longer exists. */
export function textAt(plan: Plan, where: FindingWhere): string | null {
  if (where.field === SECTION_TITLE_FIELD && where.sectionId) return allSections(plan).find((s) => s.id === where.sectionId)?.title ?? null;
  if (where.field === ATTACHMENT_TITLE_FIELD && where.sectionId) return plan.attachments.find((a) => a.id === where.sectionId)?.title ?? null;
  if (where.field === 'noticeTitle') return plan.notice?.title ?? null;
  if (where.field) {
    const v = (plan.meta as unknown as Record<string, unknown>)[where.field];
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.join('\n');
    return v === null || v === undefined ? '' : String(v);
  }
  if (where.itemId) {
    const item = itemOf(plan, where.itemId, where.sectionId);
    return item ? blockPlainText(item) : null;
  }
  if (where.sectionId) {
    const body = bodyOf(plan, where.sectionId);
    return body ? bodyPlainText(body) : null;
  }
  return null;
}
