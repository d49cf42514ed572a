import { Item } from '../../../../main/common/model/item';
import type { Section } from '../../../../main/common/model/section';
import { Plan } from '../../../../main/common/model/plan';

/** What a golden file pins down about an imported seed (reviewed by hand against the seed text). */
export interface PlanSummary {
  title: string;
  measureCount: number;
  targetCount: number;
  numbering: string;
  notation: string;
  sections: Array<{ title: string; kind: string; sections: Array<{ title: string; kind: string }> }>;
  measures: Array<{ title: string; lead: string[]; support: string[] }>;
  attachments: Array<{ title: string; kind: string; sections?: number; items?: number }>;
}

function sectionSummary(s: Section): PlanSummary['sections'][number] {
  return { title: s.title, kind: s.kind, sections: s.sections.map((x) => ({ title: x.title, kind: x.kind })) };
}

export function summarize(plan: Plan): PlanSummary {
  const items = Plan.items(plan).map((l) => l.item);
  return {
    title: plan.meta.title,
    measureCount: items.filter((i) => i.role === 'measure').length,
    targetCount: items.filter((i) => i.role === 'target').length,
    numbering: plan.meta.numbering,
    notation: plan.meta.responsibilityNotation,
    sections: plan.sections.map(sectionSummary),
    measures: items.filter((i) => i.role === 'measure').map((i) => ({
      title: Item.leadText(i), lead: i.leadUnits, support: i.supportUnits,
    })),
    attachments: plan.attachments.map((a) => {
      if (a.kind !== 'document') return { title: a.title, kind: a.kind };
      const count = a.sections.reduce((n, s) => n + s.body.filter((b) => b.type === 'item' && b.level === 3).length, 0);
      return { title: a.title, kind: a.kind, sections: a.sections.length, items: count };
    }),
  };
}
