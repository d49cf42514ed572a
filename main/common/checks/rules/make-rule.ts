import type { Finding, FindingWhere, Fix, Severity } from '../finding';
import type { Plan } from '../../model/plan';
import type { BodyRule, CheckContext, RuleId } from '../rule-registry';
import { findBody, planBodies, type BodyRef } from './plan-bodies';
import { bodyTextUnits, metaTextUnits, type TextUnit } from './text-units';

/** Builds a finding of one rule; `source` defaults to the rule's own. */
export function findingOf(
  rule: { id: RuleId; source: string },
  severity: Severity,
  message: string,
  where: FindingWhere,
  fix?: Fix,
  source?: string,
): Finding {
  const f: Finding = { rule: rule.id, severity, message, where, source: source ?? rule.source };
  if (fix) f.fix = fix;
  return f;
}

/**
 * A body rule from a per-unit check: `check` is every unit's `checkBody` plus, when given, the findings
 * on the plan's own fields (`checkMeta`), so the incremental check equals the full one by construction.
 */
export function bodyRule(def: {
  id: RuleId;
  title: string;
  source: string;
  checkUnit(plan: Plan, ref: BodyRef, ctx: CheckContext): Finding[];
  checkMeta?(plan: Plan, ctx: CheckContext): Finding[];
}): BodyRule {
  return {
    id: def.id,
    title: def.title,
    source: def.source,
    scope: 'body',
    check(plan, ctx) {
      const out = def.checkMeta ? def.checkMeta(plan, ctx) : [];
      for (const ref of planBodies(plan)) out.push(...def.checkUnit(plan, ref, ctx));
      return out;
    },
    checkBody(plan, bodyId, ctx) {
      const ref = findBody(plan, bodyId);
      return ref ? def.checkUnit(plan, ref, ctx) : [];
    },
  };
}

/** A body rule that scans text: every block and title of a unit, and the plan's and notice's titles. */
export function textRule(def: {
  id: RuleId;
  title: string;
  source: string;
  /** Scan one text; `meta` is true for the plan's own titles. */
  scan(unit: TextUnit, emit: (f: Finding) => void, ctx: CheckContext, meta: boolean): void;
  /** Skip the plan's titles (a rule with its own title check). */
  bodiesOnly?: boolean;
}): BodyRule {
  const run = (units: TextUnit[], ctx: CheckContext, meta: boolean): Finding[] => {
    const out: Finding[] = [];
    const emit = (f: Finding) => out.push(f);
    for (const u of units) if (u.text) def.scan(u, emit, ctx, meta);
    return out;
  };
  return bodyRule({
    id: def.id,
    title: def.title,
    source: def.source,
    checkUnit: (_plan, ref, ctx) => run(bodyTextUnits(ref), ctx, false),
    checkMeta: def.bodiesOnly ? undefined : (plan, ctx) => run(metaTextUnits(plan), ctx, true),
  });
}

/** A replace-text fix for [start, end) of a text unit, in the offsets of the text its `where` names. */
export function replaceFix(unit: TextUnit, start: number, end: number, text: string, label: string): Fix {
  const at = unit.at(start, end);
  return { kind: 'replace-text', label, start: at.start!, end: at.end!, text };
}
