import { PlanDoc, type SectionRecord } from '../../../../main/common/collab/plan-doc';
import type { PlanSession } from './plan-session';
import { usePlanDoc } from './use-plan-doc';

export type OutlineRow = { id: string } & SectionRecord;

function same(a: OutlineRow[], b: OutlineRow[]): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]!.id && r.level === b[i]!.level && r.kind === b[i]!.kind && r.title === b[i]!.title && r.assignee === b[i]!.assignee);
}

/** The flat outline (ids in order with their records), live; duplicates from concurrent moves dropped. */
export function useOutline(session: PlanSession): OutlineRow[] {
  return usePlanDoc(session.planDoc, 'outline', PlanDoc.outline, same);
}
