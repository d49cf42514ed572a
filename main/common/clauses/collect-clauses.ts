import type { Body } from '../model/element-types';
import { Item } from '../model/item';
import type { Plan } from '../model/plan';
import type { Section } from '../model/section';
import type { Clause, ClauseOrigin } from './clause';

/** Paragraphs shorter than this are headings or fragments ("特此通知。"), not clauses worth reusing. */
const MIN_PARAGRAPH = 12;

interface Origin {
  origin: ClauseOrigin;
  planId: string | null;
  /** A stable prefix for clause ids (the plan id, the seed's or template's name). */
  key: string;
}

function fromBody(body: Body, section: string, plan: Plan, o: Origin, out: Clause[], at: string): void {
  const source = { origin: o.origin, planId: o.planId, plan: plan.meta.title, year: plan.meta.year, section };
  body.forEach((b, i) => {
    if (b.type === 'table') return;
    if (b.type === 'item') {
      const lead = Item.leadText(b);
      const rest = Item.bodyText(b);
      if (!(lead + rest).trim()) return;
      out.push({
        id: `${o.key}:${at}:${i}`, kind: 'item', role: b.role, lead, body: rest, leadUnits: [...b.leadUnits],
        supportUnits: [...b.supportUnits], deadline: b.deadline, source,
      });
      return;
    }
    const text = b.children.map((l) => l.text).join('').trim();
    if (text.length < MIN_PARAGRAPH) return;
    out.push({ id: `${o.key}:${at}:${i}`, kind: 'paragraph', role: null, lead: '', body: text, leadUnits: [], supportUnits: [], deadline: null, source });
  });
}

function fromSections(sections: readonly Section[], plan: Plan, o: Origin, out: Clause[], parent: string): void {
  for (const s of sections) {
    const path = parent ? `${parent} › ${s.title}` : s.title;
    fromBody(s.body, path, plan, o, out, s.id);
    fromSections(s.sections, plan, o, out, path);
  }
}

/** Every measure and paragraph of a plan as clauses, each with its section path ("主要任务 › 实施标准化战略"). */
export function collectClauses(plan: Plan, o: Origin): Clause[] {
  const out: Clause[] = [];
  fromBody(plan.preamble, '制定依据', plan, o, out, 'preamble');
  fromSections(plan.sections, plan, o, out, '');
  fromBody(plan.closing, '结束语', plan, o, out, 'closing');
  for (const a of plan.attachments) if (a.kind === 'document') fromSections(a.sections, plan, o, out, a.title);
  return out;
}
