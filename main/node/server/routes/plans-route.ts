import { CreatePlanRequestSchema, MAX_JSON_BODY } from '../../../common/api/contracts';
import { validate } from '../../../common/contract-kit';
import { UserFacingError } from '../../../common/errors';
import { readJson, sendJson } from '../http-util';
import type { Route } from '../router';

export const listPlansRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans$/,
  auth: true,
  async handle({ res, services }) {
    sendJson(res, 200, await services.plans.list());
  },
};

export const createPlanRoute: Route = {
  method: 'POST',
  pattern: /^\/api\/plans$/,
  auth: true,
  async handle({ req, res, services }) {
    const body = validate(CreatePlanRequestSchema, await readJson(req, MAX_JSON_BODY), 'create-plan request');
    if (!body.ok) throw new UserFacingError(400, body.error);
    const { templateId, ...input } = body.value;
    sendJson(res, 201, { plan: await services.plans.create(templateId, input) });
  },
};

export const getPlanRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)$/,
  // Invited colleagues may read the plan they were invited to (its JSON, as the editor shows it).
  auth: 'plan-reader',
  async handle({ res, params, services }) {
    sendJson(res, 200, await services.plans.get(params[0]!));
  },
};

export const deletePlanRoute: Route = {
  method: 'DELETE',
  pattern: /^\/api\/plans\/([^/]+)$/,
  auth: true,
  async handle({ res, params, services }) {
    await services.plans.delete(params[0]!);
    sendJson(res, 200, { ok: true });
  },
};
