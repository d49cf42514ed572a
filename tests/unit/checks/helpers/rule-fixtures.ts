import { expect } from 'vitest';
import type { Finding, Fix } from '../../../../main/common/checks/finding';
import { FindingSchema } from '../../../../main/common/checks/finding';
import { RULES, type CheckContext, type RuleId } from '../../../../main/common/checks/rule-registry';
import { findBody } from '../../../../main/common/checks/rules/plan-bodies';
import { ATTACHMENT_TITLE_FIELD, SECTION_TITLE_FIELD } from '../../../../main/common/checks/rules/text-units';
import type { Item } from '../../../../main/common/model/item';
import type { Plan } from '../../../../main/common/model/plan';
import { samplePlan } from '../../model/fixtures';
import { sliceOfWhere } from './where-text';

export const CTX: CheckContext = { today: '2025-06-01' };
export const FILE: CheckContext = { today: '2025-06-01', kind: { redHead: true, notice: true } };

/** samplePlan with its gaps filled: no rule finds anything in it, in the editor or as a 文件. */
export function cleanPlan(): Plan {
  const p = samplePlan();
  p.departments.push({ name: '县发展和改革局', aliases: [] });
  p.meta.copyNumber = null;
  for (const item of items(p)) if (item.role === 'measure' && item.leadUnits.length === 0) item.leadUnits = ['县市场监督管理局'];
  return p;
}

export function items(plan: Plan): Item[] {
  const out: Item[] = [];
  const walk = (body: Plan['preamble']) => body.forEach((b) => b.type === 'item' && out.push(b));
  walk(plan.preamble);
  for (const s of plan.sections) for (const t of [s, ...s.sections]) walk(t.body);
  return out;
}

export function item(plan: Plan, id: string): Item {
  const found = items(plan).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

/** Set an item's (non-lead) text to one leaf after its run-in title. */
export function setItemText(plan: Plan, id: string, text: string): void {
  const it = item(plan, id);
  const lead = it.children.filter((l) => l.lead);
  it.children = [...lead, { text }];
}

/** Run one rule; every finding must match the contract and carry the rule's id. */
export function run(id: RuleId, plan: Plan, ctx: CheckContext = CTX): Finding[] {
  const out = RULES[id].check(plan, ctx);
  for (const f of out) {
    expect(FindingSchema.parse(f)).toEqual(f);
    expect(f.rule).toBe(id);
  }
  return out;
}

export function slice(plan: Plan, f: Finding): string | null {
  return sliceOfWhere(plan, f.where);
}

function replaceIn(text: string, fix: Extract<Fix, { kind: 'replace-text' }>): string {
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** Apply a finding's fix to a copy of the plan (the editor does this through its own commands). */
export function applyFix(plan: Plan, f: Finding): Plan {
  const p = structuredClone(plan);
  const fix = f.fix;
  if (!fix) throw new Error('finding has no fix');
  if (fix.kind === 'set-field') {
    (p.meta as Record<string, unknown>)[fix.field] = fix.value;
    return p;
  }
  if (fix.kind === 'set-units') {
    const it = items(p).find((i) => i.id === fix.itemId)!;
    if (fix.leadUnits) it.leadUnits = fix.leadUnits;
    if (fix.supportUnits) it.supportUnits = fix.supportUnits;
    return p;
  }
  const where = fix.where ?? f.where;
  if (!where.sectionId) {
    if (where.field === 'noticeTitle') p.notice!.title = replaceIn(p.notice!.title, fix);
    else (p.meta as Record<string, unknown>)[where.field!] = replaceIn(String((p.meta as Record<string, unknown>)[where.field!]), fix);
    return p;
  }
  const ref = findBody(p, where.sectionId)!;
  if (where.field === SECTION_TITLE_FIELD) ref.section!.title = replaceIn(ref.section!.title, fix);
  else if (where.field === ATTACHMENT_TITLE_FIELD) ref.attachment!.title = replaceIn(ref.attachment!.title, fix);
  else if (where.itemId) {
    const it = ref.body.find((b) => b.type === 'item' && b.id === where.itemId) as Item;
    it.children = [{ text: replaceIn(it.children.map((l) => l.text).join(''), fix) }];
  } else {
    // A paragraph: find the block the offsets fall in.
    let base = 0;
    for (const b of ref.body) {
      const len = b.type === 'table' ? 0 : b.children.map((l) => l.text).join('').length;
      if (b.type === 'paragraph' && fix.start >= base && fix.end <= base + len) {
        const local = { ...fix, start: fix.start - base, end: fix.end - base };
        b.children = [{ text: replaceIn(b.children.map((l) => l.text).join(''), local) }];
        break;
      }
      base += len + 1;
    }
  }
  return p;
}
