import type { Attachment } from '../../model/attachment';
import type { Body } from '../../model/element-types';
import type { Plan } from '../../model/plan';
import type { Section } from '../../model/section';

/** Reserved body ids (collab/doc-names.ts); repeated as literals so the checks need no Yjs. */
export const PREAMBLE_ID = 'preamble';
export const CLOSING_ID = 'closing';
export const NOTICE_ID = 'notice';

/**
 * One unit a body rule checks: a body (preamble, a section, closing, the notice, a table attachment,
 * a section of a document attachment) or a document attachment's title alone. `id` is the finding's
 * `where.sectionId`; a section's title and an attachment's title belong to the same unit.
 */
export interface BodyRef {
  id: string;
  body: Body;
  section: Section | null;
  attachment: Attachment | null;
  /** Numbering scheme of the text: regulation (第X章/第X条) inside a 办法 attachment. */
  scheme: 'plan' | 'regulation';
}

const ref = (id: string, body: Body, extra: Partial<BodyRef> = {}): BodyRef => ({
  id, body, section: null, attachment: null, scheme: 'plan', ...extra,
});

/** Every unit, in document order. Body rules' `check` is the union of `checkBody` over these ids. */
export function planBodies(plan: Plan): BodyRef[] {
  const out: BodyRef[] = [];
  if (plan.notice) out.push(ref(NOTICE_ID, plan.notice.body));
  out.push(ref(PREAMBLE_ID, plan.preamble));
  for (const top of plan.sections) for (const s of [top, ...top.sections]) out.push(ref(s.id, s.body, { section: s }));
  out.push(ref(CLOSING_ID, plan.closing));
  for (const a of plan.attachments) {
    if (a.kind === 'table') out.push(ref(a.id, a.body, { attachment: a }));
    else out.push(ref(a.id, [], { attachment: a }));
    if (a.kind === 'document') {
      const scheme = a.numberingScheme;
      for (const top of a.sections) for (const s of [top, ...top.sections]) out.push(ref(s.id, s.body, { section: s, scheme }));
    }
  }
  return out;
}

/** Ids of every unit (what a runner passes to `checkBody`). */
export function planBodyIds(plan: Plan): string[] {
  return planBodies(plan).map((b) => b.id);
}

/** The unit with this id, or null (a body that no longer exists: nothing to check). */
export function findBody(plan: Plan, id: string): BodyRef | null {
  if (id === NOTICE_ID) return plan.notice ? ref(NOTICE_ID, plan.notice.body) : null;
  if (id === PREAMBLE_ID) return ref(PREAMBLE_ID, plan.preamble);
  if (id === CLOSING_ID) return ref(CLOSING_ID, plan.closing);
  for (const top of plan.sections) for (const s of [top, ...top.sections]) if (s.id === id) return ref(s.id, s.body, { section: s });
  for (const a of plan.attachments) {
    if (a.id === id) return ref(a.id, a.kind === 'table' ? a.body : [], { attachment: a });
    if (a.kind !== 'document') continue;
    for (const top of a.sections) {
      for (const s of [top, ...top.sections]) if (s.id === id) return ref(s.id, s.body, { section: s, scheme: a.numberingScheme });
    }
  }
  return null;
}
