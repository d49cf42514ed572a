import type { Body } from '../../model/element-types';
import type { Plan } from '../../model/plan';
import type { Finding } from '../finding';
import { bodyRule, findingOf } from './make-rule';
import { planBodies } from './plan-bodies';

export const ROLLED_FORWARD_FIGURE = 'rolled-forward-figure';

const RULE = { id: ROLLED_FORWARD_FIGURE, source: '以去年的计划为底稿：沿用的目标数字须核对' } as const;
const MESSAGE = '此处的目标数字沿用自上年计划，请按本年度实际核对，核对后点该段旁的“已核对”。';

function blockText(b: Body[number]): string {
  return b.type === 'table' ? '' : b.children.map((l) => l.text).join('');
}

/**
 * The findings of one body (`sectionId`: its id — a section, `preamble`, `closing`, `notice`, an
 * attachment). An item is named by its id; a paragraph by its range in the body's text (blocks joined
 * by "\n", a table an empty block: finding.ts).
 */
export function rolledForwardFigureInBody(body: Body, sectionId: string): Finding[] {
  const out: Finding[] = [];
  let offset = 0;
  for (const b of body) {
    const text = blockText(b);
    if (b.type !== 'table' && b.review?.figure) {
      const where = b.type === 'item' ? { sectionId, itemId: b.id } : { sectionId, start: offset, end: offset + text.length };
      out.push(findingOf(RULE, 'warning', MESSAGE, where));
    }
    offset += text.length + 1;
  }
  return out;
}

/**
 * 体检 rule: every block flagged `review.figure` (RollForward carried its target figures from last
 * year's plan) is a warning until someone confirms the figures, which removes the flag.
 */
export const rolledForwardFigureRule = bodyRule({
  id: ROLLED_FORWARD_FIGURE,
  title: '沿用的目标数字待核对',
  source: RULE.source,
  checkUnit: (_plan, ref) => rolledForwardFigureInBody(ref.body, ref.id),
});

/** Every finding of the rule over the whole plan. */
export function rolledForwardFigure(plan: Plan): Finding[] {
  return planBodies(plan).flatMap((ref) => rolledForwardFigureInBody(ref.body, ref.id));
}
