import { z } from 'zod';
import { validate } from '../contract-kit';
import { UserError, type Result } from '../errors';
import type { Plan } from '../model/plan';
import { LINE_MODES } from './gbt9704-style';

/**
 * What a user can choose when exporting. Tri-state flags: absent = as the plan says
 * (a notice is printed when the plan has one, task-table attachments are printed when listed).
 */
export const ExportOptionsSchema = z.strictObject({
  /** 文件 format with 版头: red 发文机关标志, 发文字号, red rule [Std 7.2]. */
  redHead: z.boolean().default(false),
  /** true: print the 任务分解表 (added as an attachment when the plan lists none); false: leave it out. */
  taskTable: z.boolean().optional(),
  /** true: wrap the plan in its 印发通知 (requires plan.notice); false: the plan alone. */
  notice: z.boolean().optional(),
  /** 落款 for a sealed document [Std 7.3.5.1]: date 右空四字, 署名 centred over it (the seal is added on paper). */
  sealed: z.boolean().default(false),
  /**
   * Printed on both sides (双面印刷, GB/T 9704 6.2): the 版记 goes on an even page, with an unnumbered
   * blank page before it when needed [Std 7.4.1, 7.5]. false: one-sided, the 版记 on the last page.
   */
  duplex: z.boolean().default(true),
  /** 'office-grid' (A, 28.95 pt) or 'glyph-accurate' (B, 29.6 pt, glyph block on the 版心). */
  lineMode: z.enum(LINE_MODES).default('office-grid'),
  /**
   * 修订稿 (包含修订和批注, issue #14): open suggestions as tracked changes (w:ins/w:del, author = the
   * department) and 批注 as Word comments. false: the text as it stands, without either.
   */
  revisions: z.boolean().default(false),
});
export type ExportOptions = z.output<typeof ExportOptionsSchema>;

/**
 * A template's export defaults (templates/*.template.json `exportDefaults`): what the export dialog starts
 * with and what an export that does not name an option gets, e.g. 任务分解表 for a 质量提升行动方案.
 */
export const ExportDefaultsSchema = z.strictObject({
  redHead: z.boolean().optional(),
  taskTable: z.boolean().optional(),
  notice: z.boolean().optional(),
  sealed: z.boolean().optional(),
  duplex: z.boolean().optional(),
  lineMode: z.enum(LINE_MODES).optional(),
});
export type ExportDefaults = z.infer<typeof ExportDefaultsSchema>;

/** What of a plan decides which template defaults apply (the dialog knows it from the plan doc). */
export interface ExportPlanFacts {
  hasNotice: boolean;
  /** A 发文机关 (issuer or 署名) for a 版头. */
  hasIssuer: boolean;
  /** The plan lists a 任务分解表 among its attachments. */
  hasTaskTable: boolean;
  /** 加盖印章 is ticked in the plan's 文件信息. */
  sealed: boolean;
}

export function exportPlanFacts(plan: Plan): ExportPlanFacts {
  return {
    hasNotice: plan.notice !== null,
    hasIssuer: Boolean(plan.meta.issuer.trim() || plan.meta.signature.trim()),
    hasTaskTable: plan.attachments.some((a) => a.kind === 'task-table'),
    sealed: plan.meta.sealed === true,
  };
}

/** The template's defaults this plan can meet: a 印发通知 it no longer has, a 版头 without an issuer are dropped. */
export function applicableExportDefaults(facts: ExportPlanFacts, defaults: ExportDefaults | undefined): ExportDefaults {
  const base: ExportDefaults = Object.fromEntries(Object.entries(defaults ?? {}).filter(([, v]) => v !== undefined));
  if (!facts.hasNotice) delete base.notice;
  if (!facts.hasIssuer) delete base.redHead;
  // 加盖印章 is a field of the document (文件信息): it wins over the template's default.
  if (facts.sealed) base.sealed = true;
  return base;
}

/** Options of one export over the template's defaults: what the request names wins. */
export function withExportDefaults(plan: Plan, defaults: ExportDefaults | undefined, requested: Record<string, unknown>): Record<string, unknown> {
  return { ...applicableExportDefaults(exportPlanFacts(plan), defaults), ...requested };
}

/**
 * The one place export defaults are applied (the API, the CLI; the dialog starts from
 * exportDialogChoice, the same rule): the template's defaults under what was asked, checked against the plan.
 */
export function exportOptionsFor(plan: Plan, defaults: ExportDefaults | undefined, requested: Record<string, unknown>): Result<ExportOptions> {
  return checkExportOptions(plan, withExportDefaults(plan, defaults, requested));
}

/**
 * What the export dialog starts with: every option concrete, equal to what exportOptionsFor gives a request
 * that names none (a notice is printed when the plan has one, a listed 任务分解表 is printed).
 */
export function exportDialogChoice(facts: ExportPlanFacts, defaults: ExportDefaults | undefined): Required<ExportDefaults> {
  const d = applicableExportDefaults(facts, defaults);
  return {
    redHead: d.redHead ?? false,
    notice: facts.hasNotice && (d.notice ?? true),
    taskTable: d.taskTable ?? facts.hasTaskTable,
    sealed: d.sealed ?? false,
    duplex: d.duplex ?? true,
    lineMode: d.lineMode ?? 'office-grid',
  };
}
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

/** Options checked against the plan: unknown keys, a notice that does not exist, a 版头 without issuer. */
export function checkExportOptions(plan: Plan, input: unknown): Result<ExportOptions> {
  const parsed = validate(ExportOptionsSchema, input ?? {}, 'export options');
  if (!parsed.ok) return UserError.fail('export.options', `导出选项有误：${parsed.error.message.replace(/^请求内容有误：/, '')}`, parsed.error.detail);
  const o = parsed.value;
  if (o.notice === true && !plan.notice) {
    return UserError.fail('export.no-notice', '该计划没有印发通知，无法按“印发通知”导出。', 'notice requested but plan.notice is null');
  }
  if (o.redHead && !(plan.meta.issuer.trim() || plan.meta.signature.trim())) {
    return UserError.fail('export.no-issuer', '按“文件”格式（红头）导出需要填写发文机关。', 'redHead requested but meta.issuer is empty');
  }
  return UserError.ok(o);
}
