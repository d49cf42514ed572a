import { z } from 'zod';
import { DocNumberSchema } from './doc-number';

export const PLAN_KINDS = ['action-plan', 'implementation-plan', 'work-points', 'generic'] as const;
export const NUMBERING_MODES = ['continuous', 'per-section'] as const;
export type NumberingMode = (typeof NUMBERING_MODES)[number];
export const RESPONSIBILITY_NOTATIONS = ['division', 'lead-and-responsible', 'lead-and-participate'] as const;
export type ResponsibilityNotation = (typeof RESPONSIBILITY_NOTATIONS)[number];
/** 密级 [Std 7.2.2]. */
export const SECRECY_LEVELS = ['秘密', '机密', '绝密'] as const;
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
/** 紧急程度 of a 公文 [Std 7.2.3] (特提/平急 are for 电报 only). */
export const URGENCY_LEVELS = ['特急', '加急'] as const;
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];

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
  /** 发文机关标志 when it is not 发文机关 + 文件 (e.g. a joint 标志); null: derived [Std 7.2.4]. */
  mark: z.string().max(100).nullable().default(null),
  docNumber: DocNumberSchema.nullable().default(null),
  docNumberRaw: z.string().max(200).optional(),
  /** 签发人 of a 上行文 [Std 7.2.6]; empty for 下行文. */
  signers: z.array(z.string().max(40)).max(12).default([]),
  /** 份号 [Std 7.2.1]: six Arabic digits when set. */
  copyNumber: z.string().max(20).nullable().default(null),
  /** 密级 and 保密期限 [Std 7.2.2], rendered `机密★5年`. */
  secrecy: z.enum(SECRECY_LEVELS).nullable().default(null),
  secrecyTerm: z.string().max(20).nullable().default(null),
  urgency: z.enum(URGENCY_LEVELS).nullable().default(null),
  mainRecipients: z.array(z.string().max(200)).default([]),
  signature: z.string().max(200).default(''),
  date: isoDate.nullable().default(null),
  /** 加盖印章 [Std 7.3.5.1]: the 落款 is laid out for a seal (the export dialog starts from it). */
  sealed: z.boolean().default(false),
  note: z.string().max(500).nullable().default(null),
  copyTo: z.array(z.string().max(200)).default([]),
  printer: z.string().max(200).nullable().default(null),
  printDate: isoDate.nullable().default(null),
  preparedBy: z.string().max(200).nullable().default(null),
});
export type PlanMeta = z.infer<typeof PlanMetaSchema>;
