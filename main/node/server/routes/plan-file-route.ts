import { decodePlanFile, encodePlanFile, MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION } from '../../../common/collab/plan-file';
import { UserFacingError } from '../../../common/errors';
import { Ids } from '../../../common/model/ids';
import { fail, readJson, sendJson } from '../http-util';
import { collectPlanStates, importPlanFile } from '../plan-file-service';
import type { Route } from '../router';

/** 另存为: the plan as one file, for e-mail or USB. */
export const downloadPlanFileRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/file$/,
  auth: 'plan-reader',
  async handle({ res, params, services }) {
    const planId = params[0]!;
    if (!Ids.isPlanId(planId) || !(await services.plans.exists(planId).catch(() => false))) {
      fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
    }
    const { docs, title } = await collectPlanStates(services.plans, planId);
    const file = encodePlanFile(planId, docs, new Date().toISOString(), title);
    const name = `${(title || planId).replace(/[\\/:*?"<>|\r\n]/g, '_').slice(0, 80)}${PLAN_FILE_EXTENSION}`;
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${planId}${PLAN_FILE_EXTENSION}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(file));
  },
};

/** 打开: create the plan, or merge the file into the plan already here. */
export const uploadPlanFileRoute: Route = {
  method: 'POST',
  pattern: /^\/api\/plan-files$/,
  auth: true,
  async handle({ req, res, services }) {
    const decoded = decodePlanFile(await readJson(req, MAX_PLAN_FILE_BYTES));
    if (!decoded.ok) throw new UserFacingError(400, decoded.error);
    const result = await importPlanFile(services.plans, decoded.value, services.log);
    sendJson(res, result.created ? 201 : 200, result);
  },
};
