import { STATES_FILE_MIME } from '../../../common/api/states-file-contract';
import { encodeStatesFile, STATES_FILE_EXTENSION } from '../../../common/collab/states-file';
import { Ids } from '../../../common/model/ids';
import { fileNameFor } from '../../../common/file-name';
import { fail } from '../http-util';
import { StatusReply, type RouteHandlers } from '../router';
import { collectPlanStates, importStatesFile } from '../states-file-service';

export const statesFileHandlers: RouteHandlers<'downloadStates' | 'uploadStates'> = {
  /** 另存为: the plan as one file, for e-mail or USB. */
  downloadStates: async ({ res, params, services }) => {
    const { planId } = params;
    if (!Ids.isPlanId(planId) || !(await services.plans.exists(planId).catch(() => false))) {
      fail(404, 'plan-not-found', '找不到该计划，可能已被删除。', `no plan ${planId}`);
    }
    const { docs, title } = await collectPlanStates(services.plans, planId);
    const file = encodeStatesFile(planId, docs, new Date().toISOString(), title);
    const name = fileNameFor(title, planId, STATES_FILE_EXTENSION);
    res.writeHead(200, {
      'Content-Type': `${STATES_FILE_MIME}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${planId}${STATES_FILE_EXTENSION}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify(file));
  },
  /** 打开: create the plan (201), or merge the file into the plan already here (200). */
  uploadStates: async ({ body, services }) => {
    const result = await importStatesFile(services.plans, body, services.log);
    return new StatusReply(result.created ? 201 : 200, result);
  },
};
