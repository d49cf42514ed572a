import type { CheckIgnore } from '../model/plan-checks';
import type { Plan } from '../model/plan';
import type { Finding } from './finding';
import { findingKey } from './finding-key';
import { RULE_LIST, type CheckContext } from './rule-registry';
import { blockPlainText } from './finding-text';
import { planBodies, planBodyIds } from './rules/plan-bodies';

export type { CheckContext } from './rule-registry';

/** A finding someone ignored, with the ignore (who, why) beside it. */
export interface IgnoredFinding {
  finding: Finding;
  ignore: CheckIgnore;
}

export interface CheckResult {
  /** What is still to be looked at, in document order. */
  findings: Finding[];
  /** What a colleague chose to ignore, with the reason. */
  ignored: IgnoredFinding[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
const RULE_RANK = new Map(RULE_LIST.map((r, i) => [r.id as string, i]));

/** Where each item's text starts in its body's plain text (finding.ts offsets), by item id. */
function itemStarts(plan: Plan): Map<string, number> {
  const out = new Map<string, number>();
  for (const ref of planBodies(plan)) {
    let base = 0;
    for (const block of ref.body) {
      if (block.type === 'item') out.set(block.id, base);
      base += blockPlainText(block).length + 1;
    }
  }
  return out;
}

/**
 * Document order: the plan's own fields first (in meta order of first appearance), then bodies in
 * page order; inside a body its title, then by place in the text (an item's findings at the item's
 * place, so a paragraph's and an item's findings interleave as the text does), then rule order. The
 * full pass and the incremental checker both sort with it, so they return equal arrays for equal plans.
 */
export function sortFindings(plan: Plan, findings: Finding[]): Finding[] {
  const bodyRank = new Map(planBodyIds(plan).map((id, i) => [id, i]));
  const starts = findings.some((f) => f.where.itemId !== undefined) ? itemStarts(plan) : new Map<string, number>();
  const rank = (f: Finding) => (f.where.sectionId === undefined ? -1 : bodyRank.get(f.where.sectionId) ?? bodyRank.size);
  const place = (f: Finding) => (f.where.itemId === undefined ? 0 : starts.get(f.where.itemId) ?? 0) + (f.where.start ?? -1);
  return findings
    .map((f, i) => ({ f, i, r: rank(f), p: place(f) }))
    .sort((a, b) => a.r - b.r
      || (b.f.where.field ? 1 : 0) - (a.f.where.field ? 1 : 0)
      || (a.f.where.field ?? '').localeCompare(b.f.where.field ?? '')
      || a.p - b.p
      || (a.f.where.itemId ?? '').localeCompare(b.f.where.itemId ?? '')
      || (RULE_RANK.get(a.f.rule) ?? 0) - (RULE_RANK.get(b.f.rule) ?? 0)
      || SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity]
      || a.f.message.localeCompare(b.f.message)
      || a.i - b.i)
    .map((x) => x.f);
}

/** Split findings into those to show and those a colleague ignored (by the finding's stable key). */
export function partitionIgnored(plan: Plan, findings: Finding[], ignores: readonly CheckIgnore[] = plan.checks?.ignored ?? []): CheckResult {
  if (ignores.length === 0) return { findings, ignored: [] };
  const byKey = new Map(ignores.map((x) => [`${x.rule}\u0000${x.key}`, x]));
  const out: CheckResult = { findings: [], ignored: [] };
  for (const f of findings) {
    const ignore = byKey.get(`${f.rule}\u0000${findingKey(plan, f)}`);
    if (ignore) out.ignored.push({ finding: f, ignore });
    else out.findings.push(f);
  }
  return out;
}

/** The 公文体检 runner (docs/checks.md). Pure: the clock and the directory come in through `ctx`. */
export const Checks = {
  /** Every rule over the whole plan, sorted; ignored findings included. */
  all(plan: Plan, ctx: CheckContext): Finding[] {
    const out: Finding[] = [];
    for (const rule of RULE_LIST) out.push(...rule.check(plan, ctx));
    return sortFindings(plan, out);
  },
  /** The full pass as the CLI and the API report it: findings to look at, and the ignored ones apart. */
  run(plan: Plan, ctx: CheckContext): CheckResult {
    return partitionIgnored(plan, Checks.all(plan, ctx));
  },
  /** Errors first, then warnings, then infos (counts for the panel and the CLI summary). */
  count(findings: readonly Finding[]): Record<Finding['severity'], number> {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  },
  key: findingKey,
};
