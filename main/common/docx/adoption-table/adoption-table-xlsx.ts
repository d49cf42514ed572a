import { ADOPTION_HEADER, ReviewRound } from '../../model/review-round';
import type { Plan } from '../../model/plan';
import { RoundCollect } from '../../review/round-collect';
import { buildSimpleXlsx } from '../package/simple-xlsx';

/** The 采纳情况表 as .xlsx bytes (序号 as numbers). */
export function buildAdoptionXlsx(plan: Plan, today: string): Uint8Array {
  if (!plan.round) throw new Error('the plan has no review round');
  return buildSimpleXlsx({
    name: '采纳情况表',
    title: ReviewRound.adoptionTitle(plan.meta.title),
    header: ADOPTION_HEADER,
    rows: ReviewRound.adoptionRows(plan.round, today, RoundCollect.respondents(plan)).map((r) => [r.index, r.department, r.content, r.decision, r.reason]),
    widths: [6, 22, 60, 12, 40],
    orientation: 'portrait',
  });
}
