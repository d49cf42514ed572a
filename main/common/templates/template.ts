import { z } from 'zod';
import { ExportDefaultsSchema } from '../docx/export-options';
import { AttachmentSchema } from '../model/attachment';
import { BodySchema } from '../model/element-types';
import { DepartmentSchema } from '../model/department';
import { Ids } from '../model/ids';
import { NUMBERING_MODES, PLAN_KINDS, RESPONSIBILITY_NOTATIONS } from '../model/meta';
import { NoticeSchema } from '../model/notice';
import { SECTION_KINDS } from '../model/section';

export const TEMPLATE_FORMAT = 'plan-studio/template';
export const TEMPLATE_SCHEMA_VERSION = 1;

/** Placeholders a template may use in any text: {region} {year} {issuer} {leadDepartment} {unit}. */
export const PLACEHOLDERS = ['region', 'year', 'issuer', 'leadDepartment', 'unit'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const sectionId = z.string().refine(Ids.isNodeId, 'section id must be 1-64 characters of A-Z a-z 0-9 _ -');

const TemplateSubsectionSchema = z.strictObject({
  id: sectionId,
  kind: z.enum(SECTION_KINDS).default('other'),
  title: z.string().max(200),
  /** 写作提示 shown beside the section in the editor. */
  guidance: z.string().max(2000).default(''),
  body: BodySchema.default([]),
});

const TemplateSectionSchema = TemplateSubsectionSchema.extend({
  sections: z.array(TemplateSubsectionSchema).default([]),
});

export const TemplateSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT),
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'template id: lowercase letters, digits and -'),
  version: z.number().int().min(1),
  name: z.string().min(1).max(100),
  description: z.string().max(1000).default(''),
  kind: z.enum(PLAN_KINDS),
  numbering: z.enum(NUMBERING_MODES),
  responsibilityNotation: z.enum(RESPONSIBILITY_NOTATIONS),
  /** The title of the plan, with placeholders. */
  title: z.string().min(1).max(300),
  /** Guidance for the preamble (制定依据) and the closing paragraph. */
  preambleGuidance: z.string().max(2000).default(''),
  closingGuidance: z.string().max(2000).default(''),
  departments: z.array(DepartmentSchema).default([]),
  notice: NoticeSchema.nullable().default(null),
  mainRecipients: z.array(z.string()).default([]),
  preamble: BodySchema.default([]),
  sections: z.array(TemplateSectionSchema).min(1),
  closing: BodySchema.default([]),
  attachments: z.array(AttachmentSchema).default([]),
  /** Export options this kind of plan is usually issued with (the dialog starts from them). */
  exportDefaults: ExportDefaultsSchema.default({}),
});
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateSection = z.infer<typeof TemplateSectionSchema>;
export type TemplateSubsection = z.infer<typeof TemplateSubsectionSchema>;

/** What the 新建计划 form asks for. */
export const TemplateInputSchema = z.strictObject({
  region: z.string().trim().min(1, '请填写地区名称').max(50),
  year: z.number().int().min(2000).max(2100),
  issuer: z.string().trim().max(100).default(''),
  leadDepartment: z.string().trim().max(100).default(''),
  /** Member departments; when absent the template's list is used. */
  departments: z.array(z.string().trim().min(1).max(80)).max(200).optional(),
});
export type TemplateInput = z.input<typeof TemplateInputSchema>;

/** Summary for lists (API /api/templates, the home screen). */
export interface TemplateSummary {
  id: string;
  version: number;
  name: string;
  description: string;
  kind: Template['kind'];
}
