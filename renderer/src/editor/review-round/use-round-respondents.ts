import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../../../main/common/model/plan';
import type { ReviewRound } from '../../../../main/common/model/review-round';
import { CommentAnchors } from '../../../../main/common/collab/comment-anchors';
import { PlanDoc } from '../../../../main/common/collab/plan-doc';
import { RoundCollect } from '../../../../main/common/review/round-collect';
import type { PlanSession } from '../collab/plan-session';
import { usePageEnv } from '../page-env';

/**
 * The departments with open 修订 or unresolved 批注 in the plan as this page holds it (every body is
 * synced, mounted or not), for the board's 已反馈: RoundCollect.respondents over the live plan of the
 * 体检 store (re-read after each edit settles) with the bodies' comments. The owner's board and the
 * department's own top bar compute it the same way, from the same plan, so they agree.
 */
export function useRoundRespondents(enabled: boolean): ReadonlySet<string> {
  const [key, setKey] = useState('');
  useLivePlan(enabled, (plan) => setKey([...RoundCollect.respondents(plan)].sort().join('\n')));
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}

/**
 * The round with the text's open 修订 and 批注 merged in (RoundCollect.withCollected over the same live
 * plan), for the board to count every opinion a department has given, collected or not yet.
 */
export function useRoundWithText(round: ReviewRound | null): ReviewRound | null {
  const [shown, setShown] = useState<{ of: ReviewRound; key: string; value: ReviewRound } | null>(null);
  useLivePlan(round !== null && !round.closed, (plan) => {
    if (!round) return;
    const value = RoundCollect.withCollected(round, plan);
    const key = JSON.stringify(value);
    // Re-rendered only when what the board shows changed (the checks run after every edit).
    setShown((old) => (old?.of === round && old.key === key ? old : { of: round, key, value }));
  }, round);
  return shown && shown.of === round && !round.closed ? shown.value : round;
}

/** Run `use` on the plan as this page holds it, with the bodies' comments, now and after each edit settles. */
function useLivePlan(enabled: boolean, use: (plan: Plan) => void, dep?: unknown): void {
  const { session, checks } = usePageEnv();
  useEffect(() => {
    if (!enabled) return;
    const run = () => {
      const plan = checks.get().plan;
      if (!plan) return;
      const comments = PlanDoc.bodyIds(session.planDoc).flatMap((id) => CommentAnchors.toPlan(id, session.body(id).local));
      use({ ...plan, comments });
    };
    run();
    return checks.subscribe(run);
    // `use` is a new function each render; what it reads is `dep`.
  }, [enabled, session, checks, dep]);
}

/** The department a limited grant (suggest invite, department invite) answers for, once the server has said. */
export function grantDepartment(session: PlanSession): string | null {
  for (const id of PlanDoc.pageBodyIds(session.planDoc)) {
    const dept = session.body(id).grantDept;
    if (dept) return dept;
  }
  return null;
}
