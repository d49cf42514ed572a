import { Checks } from '../../../common/checks/checks';
import { isoDay } from '../../../common/checks/iso-day';
import { ownFirst } from '../../../common/checks/own-first';
import type { RouteHandlers } from '../router';


export const checkHandlers: RouteHandlers<'checkPlan'> = {
  // plan-reader: the router has already refused a token that may not read this plan; a department
  // invite reads the whole plan (as getPlan gives it) and gets its own sections' findings first.
  checkPlan: async ({ params, services, token, origin }) => {
    const plan = await services.plans.get(params.planId);
    const grant = await services.auth.grant(token, params.planId, null, origin);
    const department = grant?.role === 'department' ? grant.department ?? null : null;
    const result = Checks.run(plan, { today: isoDay(new Date()) });
    const findings = ownFirst(plan, result.findings, department, (f) => f);
    return {
      findings,
      ignored: ownFirst(plan, result.ignored, department, (x) => x.finding),
      counts: Checks.count(findings),
      department,
    };
  },
};
