import { Ids } from '../model/ids';

/** Reserved body ids besides section and attachment ids. */
export const PREAMBLE_BODY = 'preamble';
export const CLOSING_BODY = 'closing';
export const NOTICE_BODY = 'notice';

export type DocName = { planId: string; bodyId: null } | { planId: string; bodyId: string };

/**
 * A plan is a set of Hocuspocus documents (docs/architecture.md#the-plan-in-yjs):
 * `plan:<planId>` for meta + outline, `plan:<planId>:sec:<bodyId>` for each body.
 */
export const DocNames = {
  plan(planId: string): string {
    return `plan:${planId}`;
  },
  body(planId: string, bodyId: string): string {
    return `plan:${planId}:sec:${bodyId}`;
  },
  /** Strict parse: anything else (path tricks, odd characters) is not one of ours. */
  parse(name: string): DocName | null {
    const m = /^plan:([^:]+)(?::sec:([^:]+))?$/.exec(name);
    if (!m) return null;
    const planId = m[1]!;
    if (!Ids.isPlanId(planId)) return null;
    if (m[2] === undefined) return { planId, bodyId: null };
    return Ids.isNodeId(m[2]) ? { planId, bodyId: m[2] } : null;
  },
};
