import type { Plan } from '../model/plan';
import type { Finding } from './finding';
import { sortFindings } from './checks';
import { RULE_LIST, type BodyRule, type CheckContext, type Rule } from './rule-registry';
import { planBodies, type BodyRef } from './rules/plan-bodies';

/** What decides a body unit's findings besides the plan-wide environment: compared by identity and value. */
interface UnitSig {
  body: unknown;
  title: string;
  scheme: string;
}

// An empty body (a document attachment's own unit is one, made afresh on each read) equals any other.
const EMPTY: unknown[] = [];
const sigOf = (ref: BodyRef): UnitSig => ({
  body: ref.body.length === 0 ? EMPTY : ref.body,
  title: ref.section?.title ?? ref.attachment?.title ?? '',
  scheme: ref.scheme,
});
const sameSig = (a: UnitSig, b: UnitSig) => a.body === b.body && a.title === b.title && a.scheme === b.scheme;

const bodyRules = RULE_LIST.filter((r): r is BodyRule => r.scope === 'body');
const wideRules = RULE_LIST.filter((r): r is Exclude<Rule, BodyRule> => r.scope !== 'body');

/**
 * Everything of the plan a body rule may read besides its body: meta, departments, the notice title,
 * the context. When it changes every body is rechecked (a year or a directory changes deadlines' and
 * units' findings everywhere); a keystroke in a body does not change it.
 */
function environmentOf(plan: Plan, ctx: CheckContext): string {
  return JSON.stringify([plan.meta, plan.departments, plan.notice?.title ?? null, plan.notice !== null, ctx.today, ctx.kind ?? null, ctx.directory ?? null]);
}

/** The plan with every body emptied: what body rules' plan-level findings (no sectionId) are computed on. */
function hollow(plan: Plan): Plan {
  return {
    ...plan, preamble: [], sections: [], closing: [], attachments: [],
    notice: plan.notice ? { title: plan.notice.title, body: [] } : null,
  };
}

/**
 * The editor's checker: keeps each body's findings and, on `update`, rechecks only the bodies whose
 * content changed (by identity of the body array — the editor passes the same array for an untouched
 * body — or named in `changed`), plus the meta and plan-scope rules, which are cheap. Equal to
 * Checks.all for the same plan (tests/unit/checks/incremental-checker.test.ts fuzzes it).
 */
export class IncrementalChecker {
  private readonly units = new Map<string, { sig: UnitSig; findings: Finding[] }>();
  private environment = '';
  private metaFindings: Finding[] = [];
  /** Bodies rechecked by the last update (for tests and the benchmark). */
  lastRechecked: string[] = [];

  constructor(private ctx: CheckContext) {}

  /** A new context (the day changed, the export kind, the directory): rechecks everything next time. */
  setContext(ctx: CheckContext): void {
    this.ctx = ctx;
  }

  update(plan: Plan, changed: Iterable<string> = []): Finding[] {
    const ctx = this.ctx;
    const env = environmentOf(plan, ctx);
    if (env !== this.environment) {
      this.environment = env;
      this.units.clear();
      const h = hollow(plan);
      this.metaFindings = bodyRules.flatMap((r) => r.check(h, ctx).filter((f) => f.where.sectionId === undefined));
    }
    const dirty = new Set(changed);
    const out: Finding[] = [...this.metaFindings];
    for (const rule of wideRules) out.push(...rule.check(plan, ctx));
    const seen = new Set<string>();
    this.lastRechecked = [];
    for (const ref of planBodies(plan)) {
      seen.add(ref.id);
      const sig = sigOf(ref);
      let unit = this.units.get(ref.id);
      if (!unit || dirty.has(ref.id) || !sameSig(unit.sig, sig)) {
        unit = { sig, findings: bodyRules.flatMap((r) => r.checkBody(plan, ref.id, ctx)) };
        this.units.set(ref.id, unit);
        this.lastRechecked.push(ref.id);
      }
      out.push(...unit.findings);
    }
    for (const id of [...this.units.keys()]) if (!seen.has(id)) this.units.delete(id);
    return sortFindings(plan, out);
  }
}
