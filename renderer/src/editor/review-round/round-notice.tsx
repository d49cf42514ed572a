import { RoundOps } from '../../../../main/common/collab/round-ops';
import { chineseDate } from '../../../../main/common/model/chinese-date';
import type { ReviewRound } from '../../../../main/common/model/review-round';
import type { PlanSession } from '../collab/plan-session';
import { usePlanDoc } from '../collab/use-plan-doc';

const roundKey = (r: ReviewRound | null) => (r && !r.closed ? `${r.name}|${r.deadline}` : '');

/**
 * For a colleague invited to comment (no right to the plan doc): while a round is open, the top bar says
 * by when the department should answer, and opens the round.
 */
export function RoundNotice({ session, onOpen }: { session: PlanSession; onOpen(): void }) {
  const key = usePlanDoc(session.planDoc, 'round', (d) => roundKey(RoundOps.read(d)));
  if (!key || !session.planReadOnly) return null;
  const [name, deadline] = key.split('|');
  return (
    <button type="button" className="round-notice" onClick={onOpen} title={`${name}：逾期未反馈的，视同无意见`}>
      征求意见（{chineseDate(deadline!).replace(/^\d+年/, '')}前反馈）
    </button>
  );
}
