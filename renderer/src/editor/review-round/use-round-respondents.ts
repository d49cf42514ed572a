import { useEffect, useMemo, useState } from 'react';
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
  const { session, checks } = usePageEnv();
  const [key, setKey] = useState('');
  useEffect(() => {
    if (!enabled) return;
    const run = () => {
      const plan = checks.get().plan;
      if (!plan) return;
      const comments = PlanDoc.bodyIds(session.planDoc).flatMap((id) => CommentAnchors.toPlan(id, session.body(id).local));
      setKey([...RoundCollect.respondents({ ...plan, comments })].sort().join('\n'));
    };
    run();
    return checks.subscribe(run);
  }, [enabled, session, checks]);
  return useMemo(() => new Set(key ? key.split('\n') : []), [key]);
}

/** The department a limited grant (suggest invite, department invite) answers for, once the server has said. */
export function grantDepartment(session: PlanSession): string | null {
  for (const id of PlanDoc.pageBodyIds(session.planDoc)) {
    const dept = session.body(id).grantDept;
    if (dept) return dept;
  }
  return null;
}
