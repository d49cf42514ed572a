import { composeWithContext, exportContext, type ComposedDocx } from '../build-docx';
import type { ExportOptionsInput } from '../export-options';
import { GBT9704_STYLE } from '../gbt9704-style';
import type { Plan } from '../../model/plan';
import { DEFAULT_REVISION_AUTHOR, Revision } from '../tracked-changes';
import { trackedPlan } from './tracked-plan';

export interface CompareExportInput {
  /** Who made the changes (w:author); 修订 when not known. */
  author?: string;
  /** ISO 8601 time of the changes (w:date); the newer version's time when known. */
  date: string;
}

/**
 * 修订稿 of two versions: the new plan's document whose body carries the differences from the old plan as
 * tracked changes (w:ins / w:del), for Word/WPS to accept or reject. The 版头, title, 落款 and 版记 are
 * the new plan's as they are (文件 fields changed are listed by `diff`, not tracked in the body).
 */
export function composeTrackedDocx(oldPlan: Plan, newPlan: Plan, input: ExportOptionsInput, compare: CompareExportInput): ComposedDocx {
  const tracked = trackedPlan(oldPlan, newPlan);
  const ctx = exportContext(tracked.plan, input, GBT9704_STYLE);
  // One change-id allocator for the export: with open suggestions too (options.revisions), ReviewMarks numbers them from it.
  const revision = new Revision(compare.author?.trim() || DEFAULT_REVISION_AUTHOR, compare.date, ctx.review?.ids);
  return composeWithContext(tracked.plan, { ...ctx, labels: tracked.labels, revisions: { revision, marks: tracked.marks } });
}
