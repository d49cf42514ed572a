import { parseChineseNumber } from './chinese-number';

/**
 * "行动1：加强规划引领与任务统筹" over "——任务1：协同开展…编制工作": an 行动方案 numbers its actions and their
 * tasks with words, not brackets — "行动N：" (专项行动N：) a group as "（N）" would be, "任务N：" (举措N：), with or
 * without a leading dash, a numbered task as "N." would be. The label must close with its colon: "任务1项" or
 * "行动起来" in prose is no number. Matched on the folded copy; `start` is where the title begins.
 */
export function labelledNumber(m: string): { kind: 'h2' | 'n3'; n: number; start: number } | null {
  const hit = /^\s*(?:[—―－-]{1,2}\s*)?((?:专项)?行动|任务|举措)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*:\s*/.exec(m);
  if (!hit) return null;
  const n = /\d/.test(hit[2]!) ? Number(hit[2]) : parseChineseNumber(hit[2]!);
  if (!Number.isFinite(n) || n < 1) return null;
  return { kind: /行动/.test(hit[1]!) ? 'h2' : 'n3', n, start: hit[0].length };
}
