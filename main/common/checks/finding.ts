import { z } from 'zod';

/**
 * The 公文体检 contract: what a rule reports, in the shape the CLI's `check --json`, the API's
 * `GET /api/plans/:id/check` and the editor's 体检 panel all use (docs/checks.md).
 *
 * `where` names the smallest thing the finding is about:
 * - `field`: a meta field (a key of PlanMeta, or `noticeTitle`); `start`/`end` index that field's text;
 * - `itemId`: an item (measure, target, point); `start`/`end` index the item's plain text, its leaves
 *   joined (run-in title included);
 * - `sectionId` alone: a body — a section id, an attachment id, or `preamble`/`closing`/`notice`
 *   (collab/doc-names.ts); `start`/`end` index the body's plain text, its blocks' texts joined by "\n"
 *   (a table's cells count as one empty block: rules do not point inside tables);
 * - nothing: the plan as a whole.
 * An item finding carries its body's `sectionId` too, so the editor can open the right section.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FindingWhereSchema = z.strictObject({
  field: z.string().max(40).optional(),
  sectionId: z.string().max(64).optional(),
  itemId: z.string().max(64).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type FindingWhere = z.infer<typeof FindingWhereSchema>;

/**
 * A fix the user can apply with one click. `replace-text` replaces [start, end) of the text `where`
 * names (the finding's own `where` unless the fix gives one); `set-field` sets a meta field to a value
 * that PlanMetaSchema accepts; `set-units` replaces an item's lead or support units.
 */
export const FixSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('replace-text'),
    label: z.string().max(80),
    where: FindingWhereSchema.optional(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().max(2000),
  }),
  z.strictObject({ kind: z.literal('set-field'), label: z.string().max(80), field: z.string().max(40), value: z.unknown() }),
  z.strictObject({
    kind: z.literal('set-units'),
    label: z.string().max(80),
    itemId: z.string().max(64),
    leadUnits: z.array(z.string().max(80)).optional(),
    supportUnits: z.array(z.string().max(80)).optional(),
  }),
]);
export type Fix = z.infer<typeof FixSchema>;

export const FindingSchema = z.strictObject({
  /** The rule's id (kebab-case, e.g. `doc-number-form`). */
  rule: z.string().max(60),
  severity: z.enum(SEVERITIES),
  /** Chinese: what is wrong and how to fix it. */
  message: z.string().max(500),
  where: FindingWhereSchema,
  /** The clause it rests on, e.g. "GB/T 9704 7.2.4", "GB/T 15834 4.1", "党政机关公文处理工作条例 第九条". */
  source: z.string().max(120),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;
