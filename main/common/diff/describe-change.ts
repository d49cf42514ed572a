import type { ItemRole } from '../model/item';
import { META_FIELD_LABELS } from '../model/meta-field-labels';
import { CLOSING_ID, PREAMBLE_ID, type PlanChange } from './plan-change';
import type { DiffRun } from './word-diff';

const ROLE: Record<ItemRole, string> = { measure: '措施', target: '目标', point: '条目' };
const KIND_TITLES: Record<PlanChange['kind'], string> = {
  meta: '文件信息', departments: '成员单位', 'section-added': '新增章节', 'section-removed': '删除章节',
  'section-renamed': '章节改名', 'section-moved': '章节移动', 'section-assignee': '章节分工', 'section-text': '正文修改',
  'item-added': '新增', 'item-removed': '删除', 'item-moved': '移动', 'item-text': '文字修改',
  'item-units': '责任单位', 'item-deadline': '完成时限', 'item-figures': '目标数值',
};

/** A word diff inline, for plain text: kept text as is, 〔删：…〕 and 〔增：…〕 around the changes. */
export function inlineRuns(runs: readonly DiffRun[]): string {
  return runs.map((r) => (r.op === 'keep' ? r.text : r.op === 'delete' ? `〔删：${r.text}〕` : `〔增：${r.text}〕`)).join('');
}

const orNone = (s: string | null | undefined) => (s ? s : '（无）');
const list = (xs: readonly string[]) => (xs.length ? xs.join('、') : '（无）');
const short = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Where a body is, for a reader: the section's title, or 开头/结尾. */
export function bodyName(id: string, titles: ReadonlyMap<string, string>): string {
  if (id === PREAMBLE_ID) return '开头';
  if (id === CLOSING_ID) return '结尾';
  return `“${titles.get(id) ?? id}”`;
}

/** The heading of one change (its kind in Chinese), as the 版本 dialog groups them. */
export function changeTitle(change: PlanChange): string {
  if ('role' in change && change.kind.startsWith('item-')) return `${KIND_TITLES[change.kind]}${ROLE[change.role]}`;
  return KIND_TITLES[change.kind];
}

/** One change as a line of Chinese (CLI `diff`, the 版本 dialog's inline view). */
export function describeChange(change: PlanChange, titles: ReadonlyMap<string, string>): string {
  switch (change.kind) {
    case 'meta': return `${META_FIELD_LABELS[change.field as keyof typeof META_FIELD_LABELS] ?? change.field}：${orNone(change.before)} → ${orNone(change.after)}`;
    case 'departments': return `成员单位：${change.added.length ? `增加 ${change.added.join('、')}` : ''}${change.added.length && change.removed.length ? '；' : ''}${change.removed.length ? `删除 ${change.removed.join('、')}` : ''}`;
    case 'section-added': return `新增章节 ${change.label}${change.title}`;
    case 'section-removed': return `删除章节 ${change.label}${change.title}`;
    case 'section-renamed': return `章节 ${change.label} 改名：${inlineRuns(change.runs)}`;
    case 'section-moved': return `章节“${change.title}”从 ${change.fromLabel} 移到 ${change.toLabel}`;
    case 'section-assignee': return `章节“${change.title}”的负责部门：${orNone(change.before)} → ${orNone(change.after)}`;
    case 'section-text': return `${bodyName(change.sectionId, titles)}的正文：${inlineRuns(change.runs)}`;
    case 'item-added': return `新增${ROLE[change.role]} ${change.label}（${bodyName(change.sectionId, titles)}）：${short(change.text)}`;
    case 'item-removed': return `删除${ROLE[change.role]} ${change.label}（原在${bodyName(change.sectionId, titles)}）：${short(change.text)}`;
    case 'item-moved': return `${ROLE[change.role]}“${short(change.text, 20)}”从${bodyName(change.fromSectionId, titles)} ${change.fromLabel} 移到${bodyName(change.sectionId, titles)} ${change.label}`;
    case 'item-text': return `${ROLE[change.role]} ${change.label}（${bodyName(change.sectionId, titles)}）文字：${inlineRuns(change.runs)}`;
    case 'item-units': {
      const parts = [];
      if (list(change.leadBefore) !== list(change.leadAfter)) parts.push(`牵头 ${list(change.leadBefore)} → ${list(change.leadAfter)}`);
      if (list(change.supportBefore) !== list(change.supportAfter)) parts.push(`配合 ${list(change.supportBefore)} → ${list(change.supportAfter)}`);
      return `措施 ${change.label} 责任单位：${parts.join('；')}`;
    }
    case 'item-deadline': return `措施 ${change.label} 完成时限：${orNone(change.before)} → ${orNone(change.after)}`;
    case 'item-figures': return `目标 ${change.label} 数值：${list(change.before)} → ${list(change.after)}`;
  }
}
