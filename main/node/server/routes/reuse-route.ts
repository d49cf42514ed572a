import { rollForwardYearError } from '../../../common/api/roll-forward-contract';
import { RollForward } from '../../../common/reuse/roll-forward';
import { fail } from '../http-util';
import type { RouteHandlers } from '../router';

/** 以去年的计划为底稿 (RollForward) on the server: read the plan, roll it, store the draft as a new plan. */
export const reuseHandlers: RouteHandlers<'rollForward'> = {
  rollForward: async ({ params, body, services }) => {
    const source = await services.plans.get(params.planId);
    const refusal = rollForwardYearError(source.meta.year, body.year);
    if (refusal) fail(400, 'roll-forward.year', refusal, `roll-forward of ${params.planId} from ${source.meta.year} to ${body.year} refused`);
    const { plan, report } = RollForward.plan(source, body.year);
    const summary = await services.plans.createFromPlan(plan);
    services.log.info(`rolled plan ${params.planId} forward to ${body.year} as ${summary.id}: ${report.changes.length} years moved, ${report.flagged.length} figures flagged`);
    return { plan: summary, report };
  },
};
