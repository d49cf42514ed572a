import { ApiRoutes } from '../../../common/api/api-routes';
import { DocNames } from '../../../common/collab/doc-names';
import { RoundOps } from '../../../common/collab/round-ops';
import { buildAdoptionDocx } from '../../../common/docx/adoption-table/adoption-table-docx';
import { buildAdoptionXlsx } from '../../../common/docx/adoption-table/adoption-table-xlsx';
import { fileNameFor } from '../../../common/file-name';
import { localIsoDate } from '../../../common/model/chinese-date';
import { RoundCollect } from '../../../common/review/round-collect';
import { packDocx } from '../../docx/pack-docx';
import { fail } from '../http-util';
import type { RouteContext, RouteHandlers } from '../router';

/** A department answers for itself; the owner or an edit grant may answer for any department of the round. */
async function answeringDepartment({ services, params, token, origin, body }: RouteContext<'roundAnswer'>): Promise<string> {
  const grant = await services.auth.grant(token, params.planId, null, origin);
  if (!grant) fail(403, 'round.forbidden', '此邀请无权答复征求意见。', `token has no grant on plan ${params.planId}`);
  if (grant.role === 'owner' || grant.role === 'edit') {
    if (!body.department) fail(400, 'round.department', '请指明答复的部门。', 'owner/edit answer without a department');
    return body.department;
  }
  if (!grant.department) fail(403, 'round.forbidden', '只有征求意见的部门可以答复。', `a ${grant.role} grant is not a department`);
  if (body.department && body.department !== grant.department) {
    fail(403, 'round.forbidden', '只能答复本部门的意见。', `department token of ${grant.department} answered for ${body.department}`);
  }
  return grant.department;
}

async function sendAdoption({ res, params, services }: RouteContext<'adoptionDocx' | 'adoptionXlsx'>, kind: 'docx' | 'xlsx'): Promise<void> {
  const plan = await services.plans.get(params.planId);
  if (!plan.round) fail(409, 'round.none', '该计划尚未发起征求意见。', `plan ${params.planId} has no review round`);
  const today = localIsoDate(new Date());
  // Suggestions and comments not yet collected are in the table too (as 待定), so the download never lags the text.
  const current = { ...plan, round: RoundCollect.withCollected(plan.round, plan) };
  const bytes = kind === 'docx' ? await packDocx(buildAdoptionDocx(current, today)) : buildAdoptionXlsx(current, today);
  res.writeHead(200, {
    'Content-Type': ApiRoutes[kind === 'docx' ? 'adoptionDocx' : 'adoptionXlsx'].response.mime,
    'Content-Length': String(bytes.length),
    'Content-Disposition': `attachment; filename="adoption.${kind}"; filename*=UTF-8''${encodeURIComponent(fileNameFor(plan.meta.title, 'plan', `征求意见采纳情况表.${kind}`))}`,
    'Cache-Control': 'no-store',
  });
  res.end(bytes);
}

export const roundHandlers: RouteHandlers<'roundAnswer' | 'roundCollect' | 'adoptionDocx' | 'adoptionXlsx'> = {
  /**
   * Written through a Hocuspocus direct connection, so every editor sees the board change live and the
   * answer is stored like any edit of the plan doc.
   */
  roundAnswer: async (ctx) => {
    const { services, params, body } = ctx;
    const department = await answeringDepartment(ctx);
    const plan = await services.plans.get(params.planId);
    const round = plan.round;
    if (!round) fail(409, 'round.none', '该计划尚未发起征求意见。', `plan ${params.planId} has no review round`);
    if (round.closed) fail(409, 'round.closed', '本轮征求意见已结束。', `round ${round.id} of plan ${params.planId} is closed`);
    if (!round.departments.some((d) => d.name === department)) {
      fail(403, 'round.not-asked', `本轮征求意见未征求“${department}”的意见。`, `department ${department} is not in round ${round.id}`);
    }
    const connection = await services.plans.hocuspocus.openDirectConnection(DocNames.plan(params.planId), { source: 'round-answer' });
    let after = null;
    try {
      await connection.transact((doc) => {
        RoundOps.answer(doc, department, body.answer, new Date().toISOString());
        after = RoundOps.read(doc);
      });
    } finally {
      await connection.disconnect();
    }
    if (!after) fail(500, 'internal', '答复未能保存，请重试。', `round of plan ${params.planId} unreadable after the answer`);
    services.log.info(`plan ${params.planId}: ${department} answered the review round (${body.answer})`);
    return { round: after };
  },
  /**
   * 汇总意见: the server holds every body of the plan (the editor has only those on screen), so it reads
   * the departments' 修订 and 批注 there and writes the new opinions into the plan doc, like an edit.
   */
  roundCollect: async ({ services, params }) => {
    const plan = await services.plans.get(params.planId);
    if (!plan.round) fail(409, 'round.none', '该计划尚未发起征求意见。', `plan ${params.planId} has no review round`);
    const found = RoundCollect.collect(plan.round, plan);
    if (found.length === 0 && RoundCollect.superseded(plan.round, plan).length === 0) return { round: plan.round, added: 0 };
    const connection = await services.plans.hocuspocus.openDirectConnection(DocNames.plan(params.planId), { source: 'round-collect' });
    let after = null;
    let added = 0;
    try {
      await connection.transact((doc) => {
        // Re-checked against the live round: a decision made meanwhile is not overwritten.
        const live = RoundOps.read(doc);
        if (!live) return;
        added = RoundOps.putOpinions(doc, RoundCollect.collect(live, plan));
        // A deletion collected alone before its insertion was typed is now part of a replacement opinion.
        for (const id of RoundCollect.superseded(live, plan)) RoundOps.removeOpinion(doc, id);
        after = RoundOps.read(doc);
      });
    } finally {
      await connection.disconnect();
    }
    if (!after) fail(409, 'round.none', '该计划尚未发起征求意见。', `round of plan ${params.planId} gone while collecting`);
    services.log.info(`plan ${params.planId}: collected ${added} opinion(s) from suggestions and comments into the review round`);
    return { round: after, added };
  },
  adoptionDocx: (ctx) => sendAdoption(ctx, 'docx'),
  adoptionXlsx: (ctx) => sendAdoption(ctx, 'xlsx'),
};
