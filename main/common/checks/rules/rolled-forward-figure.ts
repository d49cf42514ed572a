import type { Body } from '../../model/element-types';
import type { Plan } from '../../model/plan';
import { Section } from '../../model/section';
import type { Finding } from '../finding';

export const ROLLED_FORWARD_FIGURE = 'rolled-forward-figure';

const MESSAGE = '此处的目标数字沿用自上年计划，请按本年度实际核对，核对后点该段旁的“已核对”。';
const SOURCE = '以去年的计划为底稿：沿用的目标数字须核对';

function blockText(b: Body[number]): string {
  return b.type === 'table' ? '' : b.children.map((l) => l.text).join('');
}

/**
 * The findings of one body (`sectionId`: its id — a section, `preamble`, `closing`, `notice`, an
 * attachment): what the registry's per-body check (`checkUnit(plan, ref)` → `rolledForwardFigureInBody(ref.body, ref.id)`) calls.
 */
export function rolledForwardFigureInBody(body: Body, sectionId: string): Finding[] {
  const out: Finding[] = [];
  bodyFindings(body, sectionId, out);
  return out;
}

function bodyFindings(body: Body, sectionId: string, out: Finding[]): void {
  let offset = 0;
  for (const b of body) {
    const text = blockText(b);
    if (b.type !== 'table' && b.review?.figure) {
      const where = b.type === 'item' ? { sectionId, itemId: b.id } : { sectionId, start: offset, end: offset + text.length };
      out.push({ rule: ROLLED_FORWARD_FIGURE, severity: 'warning', message: MESSAGE, where, source: SOURCE });
    }
    offset += text.length + 1;
  }
}

/**
 * 体检 rule: every block flagged `review.figure` (RollForward carried its target figures from last
 * year's plan) is a warning until someone confirms the figures, which removes the flag.
 */
export function rolledForwardFigure(plan: Plan): Finding[] {
  const out: Finding[] = [];
  if (plan.notice) bodyFindings(plan.notice.body, 'notice', out);
  bodyFindings(plan.preamble, 'preamble', out);
  for (const s of Section.flatten(plan.sections)) bodyFindings(s.body, s.id, out);
  bodyFindings(plan.closing, 'closing', out);
  for (const a of plan.attachments) {
    if (a.kind === 'table') bodyFindings(a.body, a.id, out);
    if (a.kind === 'document') for (const s of Section.flatten(a.sections)) bodyFindings(s.body, s.id, out);
  }
  return out;
}
