import { fail, sendJson } from '../http-util';
import type { ServerResponse } from 'node:http';
import type { Route, Services } from '../router';

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
    sendTemplate(res, services, params[0]!);
  },
};

/**
 * The same template for whoever may read a plan (invited colleagues too, who have no owner token): the
 * editor shows the template's 写作提示 beside each section. Templates hold nothing secret.
 */
export const getPlanTemplateRoute: Route = {
  method: 'GET',
  pattern: /^\/api\/plans\/([^/]+)\/templates\/([^/]+)$/,
  auth: 'plan-reader',
  async handle({ res, params, services }) {
    sendTemplate(res, services, params[1]!);
  },
};

function sendTemplate(res: ServerResponse, services: Services, id: string): void {
  const template = services.plans.templates.get(id);
  if (!template) fail(404, 'template-not-found', '找不到该模板。', `unknown template ${id}`);
  sendJson(res, 200, template);
}
