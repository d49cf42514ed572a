import { RoundOps } from '../../../../main/common/collab/round-ops';
import { chineseDate, localIsoDate } from '../../../../main/common/model/chinese-date';
import { BOARD_LABELS, ReviewRound, type ReviewRound as Round } from '../../../../main/common/model/review-round';
import type { PlanSession } from '../collab/plan-session';
import { usePlanDoc } from '../collab/use-plan-doc';
import { grantDepartment, useRoundRespondents } from './use-round-respondents';

const roundKey = (r: Round | null) => (r && !r.closed ? `${r.name}|${r.deadline}` : '');

/**
 * For a colleague invited to comment (no right to the plan doc): while a round is open, the top bar says
 * by when the department should answer and how the board counts it (已反馈 as soon as it has 修订 or 批注
 * in the text, as the owner's board does), and opens the round.
 */
export function RoundNotice({ session, onOpen }: { session: PlanSession; onOpen(): void }) {
  const round = usePlanDoc(session.planDoc, 'round', RoundOps.read, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  const key = roundKey(round);
  const shown = Boolean(key) && session.planReadOnly;
  const inText = useRoundRespondents(shown);
  if (!shown || !round) return null;
  const [name, deadline] = key.split('|');
  const dept = grantDepartment(session);
  const row = dept ? ReviewRound.board(round, localIsoDate(new Date()), inText).find((r) => r.department === dept) : undefined;
  return (
    <button type="button" className="round-notice" onClick={onOpen} title={`${name}：逾期未反馈的，视同无意见`} data-status={row?.status}>
      {/* The top bar is crowded: with the status shown, 前反馈 shortens to 前. */}
      征求意见（{chineseDate(deadline!).replace(/^\d+年/, '')}前{row ? '' : '反馈'}）{row ? ` · ${BOARD_LABELS[row.status]}` : ''}
    </button>
  );
}
