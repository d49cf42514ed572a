import { z } from 'zod';
import { PLAN_KINDS } from '../model/meta';
import { TemplateInputSchema } from '../templates/template';

/** HTTP API of the sync server (`/api/*`). The server validates every body with these schemas. */

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), detail: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export const TemplateSummarySchema = z.strictObject({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(PLAN_KINDS),
});
export const TemplateListSchema = z.strictObject({ templates: z.array(TemplateSummarySchema) });

export const PlanSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  region: z.string(),
  year: z.number(),
  templateId: z.string().nullable(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export const PlanListSchema = z.strictObject({
  plans: z.array(PlanSummarySchema),
  /** Plans whose stored documents could not be read; listed so the user knows, never hidden. */
  broken: z.array(z.strictObject({ id: z.string(), message: z.string() })),
});

export const CreatePlanRequestSchema = TemplateInputSchema.extend({
  templateId: z.string().min(1).max(100),
});
export type CreatePlanRequest = z.input<typeof CreatePlanRequestSchema>;
export const CreatePlanResponseSchema = z.strictObject({ plan: PlanSummarySchema });

export const ServerInfoSchema = z.strictObject({
  name: z.literal('plan-studio'),
  version: z.string(),
});

export const ApiPaths = {
  info: '/api/info',
  templates: '/api/templates',
  template: (id: string) => `/api/templates/${encodeURIComponent(id)}`,
  /** A template as a reader of the plan may fetch it (owner or an invite of that plan). */
  planTemplate: (planId: string, id: string) => `/api/plans/${encodeURIComponent(planId)}/templates/${encodeURIComponent(id)}`,
  plans: '/api/plans',
  plan: (id: string) => `/api/plans/${encodeURIComponent(id)}`,
};

/** Largest JSON request body the API reads (bytes). */
export const MAX_JSON_BODY = 1024 * 1024;
