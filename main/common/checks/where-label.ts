import { FIELD_LABELS } from '../collab/document-fields';
import type { Plan } from '../model/plan';
import type { FindingWhere } from './finding';
import { ATTACHMENT_TITLE_FIELD, SECTION_TITLE_FIELD, itemOf, textAt } from './finding-text';
import { Item } from '../model/item';

const OWN_FIELDS: Record<string, string> = {
  title: '标题', noticeTitle: '通知标题', [SECTION_TITLE_FIELD]: '章节标题', [ATTACHMENT_TITLE_FIELD]: '附件标题',
  year: '年度', region: '地区', date: '成文日期', printDate: '印发日期',
};

const BODY_NAMES: Record<string, string> = { preamble: '制定依据', closing: '结束语', notice: '印发通知正文' };

/** The title of the section or attachment a body id names, with its derived number when it has one. */
function bodyName(plan: Plan, id: string, labels: Map<string, string>): string {
  if (BODY_NAMES[id]) return BODY_NAMES[id];
  const sections = [...plan.sections, ...plan.attachments.flatMap((a) => (a.kind === 'document' ? a.sections : []))].flatMap((s) => [s, ...s.sections]);
  const s = sections.find((x) => x.id === id);
  if (s) return `${labels.get(s.id) ?? ''}${s.title || '（无标题）'}`;
  const i = plan.attachments.findIndex((a) => a.id === id);
  return i >= 0 ? `附件${i + 1}` : id;
}

const clip = (s: string, n = 16) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Where a finding is, in Chinese, for the CLI and the 体检 panel: 「标题」, 「二、主要任务 › 措施“推进示范创建。”」,
 * 「制定依据 第 2 段」. `labels` are the plan's derived numbers (Numbering.plan), when the caller has them.
 */
export function whereLabel(plan: Plan, where: FindingWhere, labels = new Map<string, string>()): string {
  const parts: string[] = [];
  if (where.sectionId) parts.push(bodyName(plan, where.sectionId, labels));
  if (where.field) parts.push(OWN_FIELDS[where.field] ?? (FIELD_LABELS as Record<string, string>)[where.field] ?? where.field);
  if (where.itemId) {
    const item = itemOf(plan, where.itemId, where.sectionId);
    const text = item ? clip(Item.leadText(item) || Item.bodyText(item)) : '';
    parts.push(`${labels.get(where.itemId) ?? ''}“${text}”`);
  } else if (where.sectionId && !where.field && where.start !== undefined) {
    const text = textAt(plan, where) ?? '';
    parts.push(`第 ${text.slice(0, where.start).split('\n').length} 段`);
  }
  if (parts.length === 0) return '全文';
  return parts.join(' › ');
}

/** The flagged text and up to `radius` characters of its own block on each side, or null without a range. */
export function excerptParts(plan: Plan, where: FindingWhere, radius = 8): { before: string; text: string; after: string } | null {
  if (where.start === undefined || where.end === undefined) return null;
  const text = textAt(plan, where);
  if (text === null) return null;
  const before = text.slice(Math.max(0, where.start - radius), where.start).split('\n').pop()!;
  const after = text.slice(where.end, where.end + radius).split('\n')[0]!;
  return { before, text: text.slice(where.start, where.end), after };
}

/** The flagged text with a little context, for the CLI (`…为此[,]制定…`); empty without a range. */
export function flaggedExcerpt(plan: Plan, where: FindingWhere): string {
  const x = excerptParts(plan, where);
  return x ? `${x.before}【${x.text}】${x.after}` : '';
}
