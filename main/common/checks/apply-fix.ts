import { PlanMetaSchema } from '../model/meta';
import type { Block, Body } from '../model/element-types';
import type { Plan } from '../model/plan';
import type { Text } from '../model/text';
import type { Finding, FindingWhere, Fix } from './finding';
import { ATTACHMENT_TITLE_FIELD, SECTION_TITLE_FIELD, blockPlainText } from './finding-text';

const metaShape = PlanMetaSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;

/** Replace [start, end) of a run of leaves, keeping marks: the new text goes into the leaf where `start` falls. */
export function replaceInLeaves(leaves: readonly Text[], start: number, end: number, text: string): Text[] {
  const starts: number[] = [];
  let pos = 0;
  for (const l of leaves) {
    starts.push(pos);
    pos += l.text.length;
  }
  let target = leaves.findIndex((l, i) => start >= starts[i]! && start < starts[i]! + l.text.length);
  if (target < 0) target = leaves.length - 1;
  const out = leaves.map((leaf, i) => {
    const a = starts[i]!;
    const from = Math.min(Math.max(start - a, 0), leaf.text.length);
    const to = Math.min(Math.max(end - a, 0), leaf.text.length);
    return { ...leaf, text: leaf.text.slice(0, from) + (i === target ? text : '') + leaf.text.slice(to) };
  });
  const kept = out.filter((l) => l.text.length > 0);
  return kept.length > 0 ? kept : [out[0]!];
}

function replaceInString(s: string, start: number, end: number, text: string): string {
  return s.slice(0, start) + text + s.slice(end);
}

/** Replace [start, end) of a body's plain text (blocks joined by "\n"); a range across blocks is refused. */
function replaceInBody(body: Body, start: number, end: number, text: string): Body | null {
  let base = 0;
  for (const [i, block] of body.entries()) {
    const len = blockPlainText(block).length;
    if (start >= base && end <= base + len && block.type !== 'table') {
      const children = replaceInLeaves(block.children, start - base, end - base, text);
      const next = body.slice();
      next[i] = { ...block, children } as Block;
      return next;
    }
    base += len + 1;
  }
  return null;
}

type BodyMap = (body: Body) => Body | null;

/** The plan with one body (by id) replaced; null when the body is not there or `f` refuses. */
function mapBody(plan: Plan, id: string, f: BodyMap): Plan | null {
  let done = false;
  const apply = (body: Body) => {
    const next = f(body);
    if (next) done = true;
    return next ?? body;
  };
  const sections = <S extends { id: string; body: Body; sections: S[] }>(list: S[]): S[] => list.map((s) => {
    const subs = sections(s.sections);
    return s.id === id ? { ...s, body: apply(s.body), sections: subs } : { ...s, sections: subs };
  });
  const out: Plan = {
    ...plan,
    preamble: id === 'preamble' ? apply(plan.preamble) : plan.preamble,
    closing: id === 'closing' ? apply(plan.closing) : plan.closing,
    notice: plan.notice && id === 'notice' ? { ...plan.notice, body: apply(plan.notice.body) } : plan.notice,
    sections: sections(plan.sections),
    attachments: plan.attachments.map((a) => {
      if (a.kind === 'table' && a.id === id) return { ...a, body: apply(a.body) };
      if (a.kind === 'document') return { ...a, sections: sections(a.sections) };
      return a;
    }),
  };
  return done ? out : null;
}

/** An item's blocks replaced through `f` wherever it sits. */
function mapItem(plan: Plan, where: FindingWhere, f: (b: Block & { type: 'item' }) => Block | null): Plan | null {
  const inBody = (body: Body) => {
    const i = body.findIndex((b) => b.type === 'item' && b.id === where.itemId);
    if (i < 0) return null;
    const next = f(body[i] as Block & { type: 'item' });
    if (!next) return null;
    const copy = body.slice();
    copy[i] = next;
    return copy;
  };
  if (where.sectionId) return mapBody(plan, where.sectionId, inBody);
  for (const id of ['preamble', 'closing', 'notice', ...sectionIds(plan)]) {
    const out = mapBody(plan, id, inBody);
    if (out) return out;
  }
  return null;
}

function sectionIds(plan: Plan): string[] {
  const ids: string[] = [];
  for (const top of plan.sections) ids.push(top.id, ...top.sections.map((s) => s.id));
  for (const a of plan.attachments) {
    ids.push(a.id);
    if (a.kind === 'document') for (const top of a.sections) ids.push(top.id, ...top.sections.map((s) => s.id));
  }
  return ids;
}

function replaceText(plan: Plan, where: FindingWhere, start: number, end: number, text: string): Plan | null {
  if (where.field === SECTION_TITLE_FIELD && where.sectionId) {
    const id = where.sectionId;
    const fix = <S extends { id: string; title: string; sections: S[] }>(list: S[]): S[] =>
      list.map((s) => ({ ...s, title: s.id === id ? replaceInString(s.title, start, end, text) : s.title, sections: fix(s.sections) }));
    return {
      ...plan, sections: fix(plan.sections),
      attachments: plan.attachments.map((a) => (a.kind === 'document' ? { ...a, sections: fix(a.sections) } : a)),
    };
  }
  if (where.field === ATTACHMENT_TITLE_FIELD && where.sectionId) {
    return { ...plan, attachments: plan.attachments.map((a) => (a.id === where.sectionId ? { ...a, title: replaceInString(a.title, start, end, text) } : a)) };
  }
  if (where.field === 'noticeTitle') return plan.notice ? { ...plan, notice: { ...plan.notice, title: replaceInString(plan.notice.title, start, end, text) } } : null;
  if (where.field) {
    const v = (plan.meta as unknown as Record<string, unknown>)[where.field];
    return typeof v === 'string' ? setField(plan, where.field, replaceInString(v, start, end, text)) : null;
  }
  if (where.itemId) return mapItem(plan, where, (item) => ({ ...item, children: replaceInLeaves(item.children, start, end, text) }));
  if (where.sectionId) return mapBody(plan, where.sectionId, (body) => replaceInBody(body, start, end, text));
  return null;
}

function setField(plan: Plan, field: string, value: unknown): Plan | null {
  const schema = metaShape[field];
  if (!schema || !schema.safeParse(value).success) return null;
  return { ...plan, meta: { ...plan.meta, [field]: value } };
}

/**
 * The plan with a finding's fix applied (pure; the CLI and tests use it, the editor has the same as
 * commands on its docs: renderer/src/editor/checks/apply-fix-command.ts). Null when the fix no longer
 * fits the plan (the place is gone, the value is refused): nothing changes.
 */
export function applyFix(plan: Plan, finding: Pick<Finding, 'where' | 'fix'>): Plan | null {
  const fix: Fix | undefined = finding.fix;
  if (!fix) return null;
  switch (fix.kind) {
    case 'replace-text': return replaceText(plan, fix.where ?? finding.where, fix.start, fix.end, fix.text);
    case 'set-field': return setField(plan, fix.field, fix.value);
    case 'set-units': return mapItem(plan, { ...finding.where, itemId: fix.itemId }, (item) => ({
      ...item,
      leadUnits: fix.leadUnits ?? item.leadUnits,
      supportUnits: fix.supportUnits ?? item.supportUnits,
    }));
  }
}
