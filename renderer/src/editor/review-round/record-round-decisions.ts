import type * as Y from 'yjs';
import { RoundOps } from '../../../../main/common/collab/round-ops';
import { RoundCollect } from '../../../../main/common/review/round-collect';
import type { OpenSuggestion } from '../../../../main/common/review/suggestions';

/**
 * When the office accepts or rejects 修订 in the text while a 征求意见 round is open, the round's
 * opinions for them get the decision (接受 → 采纳, 拒绝 → 不予采纳), so the 采纳情况表 follows what was
 * done to the text. Suggestions of departments not asked in the round are left out.
 */
export function recordRoundDecisions(planDoc: Y.Doc, decided: ReadonlyArray<{ suggestion: OpenSuggestion; place: string }>, decision: 'accept' | 'reject'): number {
  const round = RoundOps.read(planDoc);
  if (!round || round.closed) return 0;
  const opinions = decided.flatMap(({ suggestion, place }) => {
    const o = RoundCollect.decided(round, suggestion, decision, place);
    return o ? [o] : [];
  });
  return opinions.length > 0 ? RoundOps.putOpinions(planDoc, opinions) : 0;
}
