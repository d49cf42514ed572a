import { fail, sendJson } from '../http-util';
import type { Route } from '../router';

export const listTemplatesRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/templates$/,
  auth: true,
  async handle({ res, services }) {
    sendJson(res, 200, { templates: services.plans.templates.list() });
  },
};

export const getTemplateRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/templates\/([^/]+)$/,
  auth: true,
  async handle({ res, params, services }) {
    const template = services.plans.templates.get(params[0]!);
    if (!template) fail(404, 'template-not-found', '找不到该模板。', `unknown template ${params[0]}`);
    sendJson(res, 200, template);
  },
};
