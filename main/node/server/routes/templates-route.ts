import type { Template } from '../../../common/templates/template';
import { fail } from '../http-util';
import type { RouteHandlers, Services } from '../router';

function template(services: Services, id: string): Template {
  const found = services.plans.templates.get(id);
  if (!found) fail(404, 'template-not-found', '找不到该模板。', `unknown template ${id}`);
  return found;
}

export const templateHandlers: RouteHandlers<'listTemplates' | 'getTemplate' | 'getPlanTemplate'> = {
  listTemplates: async ({ services }) => ({ templates: services.plans.templates.list() }),
  getTemplate: async ({ params, services }) => template(services, params.templateId),
  /**
   * The same template for whoever may read a plan (invited colleagues too, who have no owner token): the
   * editor shows the template's 写作提示 beside each section. Templates hold nothing secret.
   */
  getPlanTemplate: async ({ params, services }) => template(services, params.templateId),
};
