import { OPEN_STATES_MIME, OpenStates } from '../../../common/api/open-states-contract';
import { Ids } from '../../../common/model/ids';
import { fail } from '../http-util';
import { collectOpenStates } from '../open-states-service';
import type { RouteHandlers } from '../router';

/**
 * Opening a plan in the editor: every state the page needs in one binary response
 * (open-states-contract.ts). Readable by whoever may read the plan over the WebSocket (owner token or
 * an invite of this plan); each document carries the same grant the WebSocket gives that token.
 */
export const openStatesHandlers: RouteHandlers<'openStates'> = {
  openStates: async ({ res, params, services, token, origin }) => {
    const { planId } = params;
    if (!Ids.isPlanId(planId) || !(await services.plans.exists(planId).catch(() => false))) {
      fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
    }
    // As the gate does: while a 签发稿 locks the plan every document is read-only (docs/versions.md).
    const locked = await services.versions.isLocked(planId);
    const docs = await collectOpenStates(services.plans, planId, async (bodyId) => {
      const grant = await services.auth.grant(token, planId, bodyId, origin);
      return grant && locked ? { ...grant, readOnly: true } : grant;
    });
    const body = OpenStates.encode(planId, docs);
    res.writeHead(200, { 'Content-Type': OPEN_STATES_MIME, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(body);
  },
};
