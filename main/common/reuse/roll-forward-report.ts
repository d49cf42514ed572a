import { z } from 'zod';

const where = z.string().max(200);
const snippet = z.string().max(400);

/** What 以去年的计划为底稿 changed, kept and flagged, for the user to read (CLI, API, the dialog). */
export const RollForwardReportSchema = z.strictObject({
  fromYear: z.number().int(),
  toYear: z.number().int(),
  /** Years moved: where, and the text before and after. `baseline`: a 较上年 base year moved. */
  changes: z.array(z.strictObject({ where, before: snippet, after: snippet, baseline: z.boolean().default(false) })),
  /** Years left as they were (history, ranges, horizons), with why. */
  kept: z.array(z.strictObject({ where, text: snippet, why: z.string().max(100) })),
  /** Blocks whose target figures are carried over and flagged for review. */
  flagged: z.array(z.strictObject({ where, text: snippet })),
  /** 文件 fields cleared or reset for the new document (Chinese names). */
  cleared: z.array(z.string().max(100)),
  /** Measures carried, and how many of them with their units. */
  measures: z.number().int().min(0),
  measuresWithUnits: z.number().int().min(0),
});
export type RollForwardReport = z.input<typeof RollForwardReportSchema>;

/** The report as lines of Chinese text (CLI output, logs). */
export function describeRollForward(r: RollForwardReport): string[] {
  const lines = [`以 ${r.fromYear} 年计划为底稿生成 ${r.toYear} 年计划草稿。`];
  lines.push(`沿用措施 ${r.measures} 项（其中 ${r.measuresWithUnits} 项带责任单位）。`);
  if (r.cleared.length) lines.push(`已清空的文件信息：${r.cleared.join('、')}。`);
  lines.push(`顺延年份 ${r.changes.length} 处：`);
  for (const c of r.changes) lines.push(`  ${c.where}：${c.before} → ${c.after}${c.baseline ? '（基数年份，请核对数据）' : ''}`);
  if (r.kept.length) lines.push(`未改动的年份 ${r.kept.length} 处：`);
  for (const k of r.kept) lines.push(`  ${k.where}：“${k.text}”（${k.why}）`);
  lines.push(`待核对的目标数字 ${r.flagged.length} 处：`);
  for (const f of r.flagged) lines.push(`  ${f.where}：${f.text}`);
  return lines;
}
