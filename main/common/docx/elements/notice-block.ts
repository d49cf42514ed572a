import type { Plan } from '../../model/plan';
import { bodyFlows } from './block-registry';
import type { BuildContext, Flow } from '../build-context';
import { keepLastWithNext, signatureBlock } from './closing-block';
import { headBlock } from './title-block';

/**
 * The 印发通知 wrapper (docs/plan-format.md#top-level `notice`): its title, 主送, body and 落款/附注 from meta; the plan it
 * issues follows on a new page, as the document the notice prints.
 */
export function noticeFlows(plan: Plan, ctx: BuildContext): Flow[] {
  if (!plan.notice) return [];
  return [
    ...keepLastWithNext([...headBlock(plan.notice.title, ctx, plan.meta.mainRecipients), ...bodyFlows(plan.notice.body, ctx)], ctx),
    ...signatureBlock(plan.meta, ctx),
  ];
}
