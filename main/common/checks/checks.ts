import type { CheckIgnore } from '../model/plan-checks';
import type { Plan } from '../model/plan';
import type { Finding } from './finding';
import { findingKey } from './finding-key';
import { RULE_LIST, type CheckContext } from './rule-registry';
import { planBodyIds } from './rules/plan-bodies';

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

/**
 * Document order: the plan's own fields first (in meta order of first appearance), then bodies in
 * page order, then offsets, then rule order. The full pass and the incremental checker both sort with
 * it, so they return equal arrays for equal plans.
 */
export function sortFindings(plan: Plan, findings: Finding[]): Finding[] {
  const bodyRank = new Map(planBodyIds(plan).map((id, i) => [id, i]));
  const rank = (f: Finding) => (f.where.sectionId === undefined ? -1 : bodyRank.get(f.where.sectionId) ?? bodyRank.size);
  return findings
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r - b.r
      || (a.f.where.field ?? '').localeCompare(b.f.where.field ?? '')
      || (a.f.where.itemId ?? '').localeCompare(b.f.where.itemId ?? '')
      || (a.f.where.start ?? -1) - (b.f.where.start ?? -1)
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
