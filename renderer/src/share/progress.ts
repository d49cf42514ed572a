import { BodyDoc } from '../../../main/common/collab/body-doc';
import type { Plan } from '../../../main/common/model/plan';
import { Plan as PlanQ } from '../../../main/common/model/plan';

export interface DepartmentProgress {
  department: string;
  sections: Array<{ id: string; title: string; filled: boolean }>;
  filled: number;
}

/** Per-department progress of assigned sections: a section counts as filled once its body has content. */
export function departmentProgress(plan: Plan): DepartmentProgress[] {
  const by = new Map<string, DepartmentProgress>();
  for (const s of PlanQ.sectionsFlat(plan)) {
    if (!s.assignee) continue;
    let p = by.get(s.assignee);
    if (!p) by.set(s.assignee, (p = { department: s.assignee, sections: [], filled: 0 }));
    const filled = !BodyDoc.isBlank(s.body);
    p.sections.push({ id: s.id, title: s.title, filled });
    if (filled) p.filled++;
  }
  return [...by.values()].sort((a, b) => a.department.localeCompare(b.department, 'zh-CN'));
}
