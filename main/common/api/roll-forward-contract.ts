import { z } from 'zod';
import { RollForwardReportSchema } from '../reuse/roll-forward-report';
import { PlanSummarySchema } from './contracts';

/** POST /api/plans/:planId/roll-forward: 以去年的计划为底稿 — a new plan for `year` from this one. */
export const RollForwardRequestSchema = z.strictObject({
  year: z.number().int().min(1949).max(2200),
});

export const RollForwardResponseSchema = z.strictObject({
  plan: PlanSummarySchema,
  report: RollForwardReportSchema,
});

/** The Chinese refusal when the year does not follow the plan's (the same text in the CLI and the API). */
export function rollForwardYearError(fromYear: number, toYear: number): string | null {
  if (!Number.isInteger(toYear) || toYear < 1949 || toYear > 2200) return `年度“${toYear}”无效，请填写 1949—2200 之间的年份。`;
  if (toYear <= fromYear) return `新计划的年度（${toYear}年）须晚于底稿的年度（${fromYear}年）。`;
  return null;
}
