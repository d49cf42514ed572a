import type { RouteHandlers } from '../router';

export const planHandlers: RouteHandlers<'listPlans' | 'createPlan' | 'getPlan' | 'deletePlan'> = {
  listPlans: async ({ services }) => services.plans.list(),
  createPlan: async ({ body, services }) => {
    const { templateId, ...input } = body;
    return { plan: await services.plans.create(templateId, input) };
  },
  // Invited colleagues may read the plan they were invited to (its JSON, as the editor shows it).
  getPlan: async ({ params, services }) => services.plans.get(params.planId),
  deletePlan: async ({ params, services }) => {
    await services.plans.delete(params.planId);
    return { ok: true as const };
  },
};
