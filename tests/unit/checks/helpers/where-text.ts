import type { FindingWhere } from '../../../../main/common/checks/finding';
import { findBody } from '../../../../main/common/checks/rules/plan-bodies';
import { ATTACHMENT_TITLE_FIELD, SECTION_TITLE_FIELD, blockText } from '../../../../main/common/checks/rules/text-units';
import type { Plan } from '../../../../main/common/model/plan';

/** The whole text a `where` indexes (finding.ts), or null when it names no text. */
export function textOfWhere(plan: Plan, where: FindingWhere): string | null {
  if (where.sectionId) {
    const ref = findBody(plan, where.sectionId);
    if (!ref) return null;
    if (where.field === SECTION_TITLE_FIELD) return ref.section?.title ?? null;
    if (where.field === ATTACHMENT_TITLE_FIELD) return ref.attachment?.title ?? null;
    if (where.itemId) {
      const item = ref.body.find((b) => b.type === 'item' && b.id === where.itemId);
      return item ? blockText(item) : null;
    }
    return ref.body.map(blockText).join('\n');
  }
  if (where.field === 'title') return plan.meta.title;
  if (where.field === 'noticeTitle') return plan.notice?.title ?? null;
  if (where.field) {
    const v = (plan.meta as Record<string, unknown>)[where.field];
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** The slice [start, end) a finding points at, or null without offsets. */
export function sliceOfWhere(plan: Plan, where: FindingWhere): string | null {
  if (where.start === undefined || where.end === undefined) return null;
  const text = textOfWhere(plan, where);
  return text === null ? null : text.slice(where.start, where.end);
}
