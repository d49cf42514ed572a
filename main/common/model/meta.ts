import { z } from 'zod';

export const PLAN_KINDS = ['action-plan', 'implementation-plan', 'work-points', 'generic'] as const;
export const NUMBERING_MODES = ['continuous', 'per-section'] as const;
export type NumberingMode = (typeof NUMBERING_MODES)[number];
export const RESPONSIBILITY_NOTATIONS = ['division', 'lead-and-responsible', 'lead-and-participate'] as const;
export type ResponsibilityNotation = (typeof RESPONSIBILITY_NOTATIONS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are ISO yyyy-mm-dd');

export const PlanMetaSchema = z.strictObject({
  title: z.string().max(300),
  kind: z.enum(PLAN_KINDS).default('action-plan'),
  region: z.string().max(100).default(''),
  year: z.number().int().min(1949).max(2200),
  templateId: z.string().max(100).nullable().default(null),
  templateVersion: z.number().int().min(0).nullable().default(null),
  leadDepartment: z.string().max(100).default(''),
  numbering: z.enum(NUMBERING_MODES).default('continuous'),
  responsibilityNotation: z.enum(RESPONSIBILITY_NOTATIONS).default('division'),
  issuer: z.string().max(200).default(''),
  docNumber: z.string().max(100).nullable().default(null),
  docNumberRaw: z.string().max(200).optional(),
  mainRecipients: z.array(z.string().max(200)).default([]),
  signature: z.string().max(200).default(''),
  date: isoDate.nullable().default(null),
  note: z.string().max(500).nullable().default(null),
  copyTo: z.array(z.string().max(200)).default([]),
  printer: z.string().max(200).nullable().default(null),
  printDate: isoDate.nullable().default(null),
  preparedBy: z.string().max(200).nullable().default(null),
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;
