import { z } from 'zod';
import { PLAN_KINDS } from '../model/meta';
import { TemplateInputSchema } from '../templates/template';

/** Schemas of the HTTP API's plan and template routes; the routes themselves are api-routes.ts. */

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

export const DeletePlanResponseSchema = z.strictObject({ ok: z.literal(true) });

export const ServerInfoSchema = z.strictObject({
  name: z.literal('plan-studio'),
  version: z.string(),
});


/** Largest JSON request body the API reads (bytes). */
export const MAX_JSON_BODY = 1024 * 1024;
