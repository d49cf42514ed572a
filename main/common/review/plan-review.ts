import type { Body } from '../model/element-types';
import type { Plan } from '../model/plan';
import type { Section } from '../model/section';
import { Suggestions, type ReviewNode } from './suggestions';

/** Every body of a plan rewritten by `fn` (preamble, sections at every level, closing, notice, attachments). */
function mapBodies(plan: Plan, fn: (body: Body) => Body): Plan {
  const section = (s: Section): Section => ({ ...s, body: fn(s.body), sections: s.sections.map(section) });
  return {
    ...plan,
    preamble: fn(plan.preamble),
    sections: plan.sections.map(section),
    closing: fn(plan.closing),
    notice: plan.notice ? { ...plan.notice, body: fn(plan.notice.body) } : null,
    attachments: plan.attachments.map((a) => {
      if (a.kind === 'table') return { ...a, body: fn(a.body) };
      if (a.kind === 'document') return { ...a, sections: a.sections.map(section) };
      return a;
    }),
  };
}

const asNodes = (body: Body) => body as unknown as ReviewNode[];
const asBody = (nodes: ReviewNode[]) => nodes as unknown as Body;

export const PlanReview = {
  /** The plan as its text stands: open suggestions not applied (an ordinary export), comments left out. */
  accepted(plan: Plan): Plan {
    const { comments: _c, ...rest } = mapBodies(plan, (b) => asBody(Suggestions.acceptedView(asNodes(b))));
    return rest;
  },
  /** Accept or reject every open suggestion of the plan (or one department's). */
  decideAll(plan: Plan, decision: 'accept' | 'reject', dept?: string): Plan {
    return mapBodies(plan, (b) => asBody(Suggestions.decide(asNodes(b), decision, (m) => dept === undefined || m.dept === dept)));
  },
  /** Does the plan carry any open suggestion or comment (the 修订稿 has something to show)? */
  hasReview(plan: Plan): boolean {
    let found = (plan.comments?.length ?? 0) > 0;
    mapBodies(plan, (b) => { if (!found && Suggestions.list(asNodes(b)).length > 0) found = true; return b; });
    return found;
  },
};
