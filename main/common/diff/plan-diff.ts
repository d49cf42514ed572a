import { DocNumber } from '../model/doc-number';
import type { Block } from '../model/element-types';
import type { Item } from '../model/item';
import type { PlanMeta } from '../model/meta';
import { Numbering } from '../model/numbering';
import type { Plan } from '../model/plan';
import { Section } from '../model/section';
import { Table } from '../model/table';
import { Text } from '../model/text';
import { figuresOf } from './figures';
import { META_FIELD_LABELS } from '../model/meta-field-labels';
import { CLOSING_ID, PREAMBLE_ID, type BodyId, type PlanChange } from './plan-change';
import { wordDiff } from './word-diff';

interface PlacedItem {
  item: Item;
  sectionId: BodyId;
  /** Position in document order among all items. */
  order: number;
}

interface Indexed {
  items: Map<string, PlacedItem>;
  /** Each body's text outside items (paragraphs and tables), one line per block. */
  otherText: Map<BodyId, string>;
  sections: Map<string, { section: Section; order: number; parentId: string | null }>;
  labels: Map<string, string>;
}

function blockText(block: Block): string {
  if (block.type === 'table') return Table.rows(block).map((r) => r.join(' | ')).join('\n');
  return Text.plain(block.children);
}

function index(plan: Plan): Indexed {
  const items = new Map<string, PlacedItem>();
  const otherText = new Map<BodyId, string>();
  const addBody = (id: BodyId, body: readonly Block[]) => {
    const lines: string[] = [];
    for (const block of body) {
      if (block.type === 'item') items.set(block.id, { item: block, sectionId: id, order: items.size });
      else lines.push(blockText(block));
    }
    otherText.set(id, lines.join('\n'));
  };
  const sections = new Map<string, { section: Section; order: number; parentId: string | null }>();
  addBody(PREAMBLE_ID, plan.preamble);
  for (const top of plan.sections) {
    for (const s of [top, ...top.sections]) {
      sections.set(s.id, { section: s, order: sections.size, parentId: s === top ? null : top.id });
      addBody(s.id, s.body);
    }
  }
  addBody(CLOSING_ID, plan.closing);
  return { items, otherText, sections, labels: Numbering.plan(plan) };
}

/** A meta value as a reader sees it (文号 formatted, lists joined, booleans 是/否, empty —). */
function metaValue(field: keyof PlanMeta, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'docNumber') return DocNumber.format(value as PlanMeta['docNumber']);
  if (Array.isArray(value)) return value.join('、');
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

function metaChanges(a: PlanMeta, b: PlanMeta): PlanChange[] {
  const out: PlanChange[] = [];
  for (const field of Object.keys(META_FIELD_LABELS) as Array<keyof PlanMeta>) {
    const before = metaValue(field, a[field]);
    const after = metaValue(field, b[field]);
    if (before !== after) out.push({ kind: 'meta', field, before, after });
  }
  return out;
}

/** Ids of `common` (in new order) that are not in a longest run kept in the same relative order: the moved ones. */
function outOfOrder(common: readonly string[], oldOrder: (id: string) => number): Set<string> {
  // Longest increasing subsequence of old positions (patience sorting), O(n log n).
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Array<number>(common.length).fill(-1);
  common.forEach((id, i) => {
    const v = oldOrder(id);
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const kept = new Set<string>();
  for (let i = tailIdx[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) kept.add(common[i]!);
  return new Set(common.filter((id) => !kept.has(id)));
}

/** outOfOrder within each group (a body's items, a parent's sections): `entries` are [id, group] in new order. */
function movedWithinGroups(entries: ReadonlyArray<readonly [string, string]>, oldOrder: (id: string) => number): Set<string> {
  const groups = new Map<string, string[]>();
  for (const [id, group] of entries) groups.set(group, [...(groups.get(group) ?? []), id]);
  const out = new Set<string>();
  for (const ids of groups.values()) for (const id of outOfOrder(ids, oldOrder)) out.add(id);
  return out;
}

function sectionChanges(a: Indexed, b: Indexed): PlanChange[] {
  const out: PlanChange[] = [];
  const label = (x: Indexed, id: string) => x.labels.get(id) ?? '';
  for (const [id, { section }] of a.sections) {
    if (!b.sections.has(id)) out.push({ kind: 'section-removed', sectionId: id, title: section.title, label: label(a, id) });
  }
  const moved = movedWithinGroups([...b.sections].filter(([id, p]) => a.sections.has(id) && a.sections.get(id)!.parentId === p.parentId).map(([id, p]) => [id, p.parentId ?? '']), (id) => a.sections.get(id)!.order);
  for (const [id, { section, parentId }] of b.sections) {
    const old = a.sections.get(id);
    if (!old) {
      out.push({ kind: 'section-added', sectionId: id, title: section.title, label: label(b, id) });
      continue;
    }
    if (moved.has(id) || old.parentId !== parentId) {
      out.push({ kind: 'section-moved', sectionId: id, title: section.title, fromLabel: label(a, id), toLabel: label(b, id) });
    }
    if (old.section.title !== section.title) out.push({ kind: 'section-renamed', sectionId: id, label: label(b, id), runs: wordDiff(old.section.title, section.title) });
    if (old.section.assignee !== section.assignee) out.push({ kind: 'section-assignee', sectionId: id, title: section.title, before: old.section.assignee, after: section.assignee });
  }
  return out;
}

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

function itemChanges(a: Indexed, b: Indexed): PlanChange[] {
  const out: PlanChange[] = [];
  for (const [id, { item, sectionId }] of a.items) {
    if (!b.items.has(id)) out.push({ kind: 'item-removed', itemId: id, sectionId, role: item.role, label: a.labels.get(id) ?? '', text: Text.plain(item.children) });
  }
  // An item that changed body has moved; among those that stayed, order is compared body by body.
  const moved = movedWithinGroups([...b.items].filter(([id, p]) => a.items.get(id)?.sectionId === p.sectionId).map(([id, p]) => [id, p.sectionId]), (id) => a.items.get(id)!.order);
  for (const [id, { item, sectionId }] of b.items) {
    const label = b.labels.get(id) ?? '';
    const text = Text.plain(item.children);
    const old = a.items.get(id);
    if (!old) {
      out.push({ kind: 'item-added', itemId: id, sectionId, role: item.role, label, text });
      continue;
    }
    const base = { itemId: id, sectionId, label };
    if (moved.has(id) || old.sectionId !== sectionId) {
      out.push({ kind: 'item-moved', ...base, fromSectionId: old.sectionId, role: item.role, fromLabel: a.labels.get(id) ?? '', text });
    }
    const oldText = Text.plain(old.item.children);
    if (oldText !== text) out.push({ kind: 'item-text', ...base, role: item.role, runs: wordDiff(oldText, text) });
    if (!sameList(old.item.leadUnits, item.leadUnits) || !sameList(old.item.supportUnits, item.supportUnits)) {
      out.push({ kind: 'item-units', ...base, leadBefore: old.item.leadUnits, leadAfter: item.leadUnits, supportBefore: old.item.supportUnits, supportAfter: item.supportUnits });
    }
    if ((old.item.deadline ?? null) !== (item.deadline ?? null)) out.push({ kind: 'item-deadline', ...base, before: old.item.deadline, after: item.deadline });
    if (item.role === 'target' || old.item.role === 'target') {
      const before = figuresOf(oldText);
      const after = figuresOf(text);
      if (!sameList(before, after)) out.push({ kind: 'item-figures', ...base, before, after });
    }
  }
  return out;
}

function textChanges(a: Indexed, b: Indexed): PlanChange[] {
  const out: PlanChange[] = [];
  for (const [id, after] of b.otherText) {
    const before = a.otherText.get(id);
    // A new section's text is part of its addition.
    if (before === undefined || before === after) continue;
    const title = b.sections.get(id)?.section.title ?? (id === PREAMBLE_ID ? '开头' : '结尾');
    out.push({ kind: 'section-text', sectionId: id, title, runs: wordDiff(before, after) });
  }
  return out;
}

function departmentChanges(a: Plan, b: Plan): PlanChange[] {
  const before = new Set(a.departments.map((d) => d.name));
  const after = new Set(b.departments.map((d) => d.name));
  const added = [...after].filter((n) => !before.has(n));
  const removed = [...before].filter((n) => !after.has(n));
  return added.length || removed.length ? [{ kind: 'departments', added, removed }] : [];
}

/**
 * Plan-level compare: what changed from `oldPlan` to `newPlan`, as a reviewer of a 征求意见稿 asks it —
 * 文件 fields, departments, sections added/removed/moved/renamed, measures and targets added, removed,
 * moved, reworded (word-level diff), their units, deadlines and figures. Items and sections are matched
 * by id (ids are stable across edits, docs/plan-format.md), never by position. Pure; a plan compared
 * with itself gives [].
 */
export const PlanDiff = {
  compare(oldPlan: Plan, newPlan: Plan): PlanChange[] {
    const a = index(oldPlan);
    const b = index(newPlan);
    return [
      ...metaChanges(oldPlan.meta, newPlan.meta),
      ...departmentChanges(oldPlan, newPlan),
      ...sectionChanges(a, b),
      ...textChanges(a, b),
      ...itemChanges(a, b),
    ];
  },
  /** Sections of a plan, flat, for looking up titles by id. */
  sectionTitles(plan: Plan): Map<string, string> {
    return new Map(Section.flatten(plan.sections).map((s) => [s.id, s.title]));
  },
};
