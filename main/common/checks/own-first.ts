import type { Plan } from '../model/plan';
import type { Finding } from './finding';

/** Ids of the sections (plan and attachments) assigned to a department. */
export function sectionsOf(plan: Plan, department: string): Set<string> {
  const out = new Set<string>();
  const visit = (list: Plan['sections']) => {
    for (const s of list) {
      if (s.assignee === department) out.add(s.id);
      visit(s.sections);
    }
  };
  visit(plan.sections);
  for (const a of plan.attachments) if (a.kind === 'document') visit(a.sections);
  return out;
}

/**
 * A department colleague's view of the findings: those in the sections assigned to their department
 * first (they can fix them), then the rest, each part in its given order. No department: unchanged.
 */
export function ownFirst<T>(plan: Plan, items: readonly T[], department: string | null, findingOf: (x: T) => Finding): T[] {
  if (!department) return items.slice();
  const own = sectionsOf(plan, department);
  const mine = (x: T) => own.has(findingOf(x).where.sectionId ?? '');
  return [...items.filter(mine), ...items.filter((x) => !mine(x))];
}
