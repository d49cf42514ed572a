import type { PlanMeta } from '../model/meta';
import type { ResponsibilityNotation } from '../model/meta';
import type { FrontMatter } from './front-matter';
import { fold } from './line';

/** 天水市贯彻… → 天水市; 鄂托克前旗推进… → 鄂托克前旗. */
export function regionOf(title: string): string {
  // A place name has no digits: "2021年县政府重点工作任务" names no region ("2021年县" is not one).
  const m = /^([^\d\s《(]{1,11}?(自治区|省|市|州|盟|县|旗|区))/.exec(fold(title));
  return m && m[1]!.length >= 2 ? title.slice(0, m[1]!.length) : '';
}

export function kindOf(title: string): PlanMeta['kind'] {
  const m = fold(title);
  if (/要点/.test(m)) return 'work-points';
  if (/实施方案|方案/.test(m)) return 'implementation-plan';
  if (/行动计划|计划/.test(m)) return 'action-plan';
  return 'generic';
}

/** The plan year: from the title, the 成文日期, the 文号, or the first year in the text (reported). */
export function yearOf(title: string, fm: FrontMatter, text: string): { year: number; from: string } {
  const t = /(\d{4})\s*年/.exec(fold(title));
  if (t) return { year: Number(t[1]), from: '标题' };
  if (fm.date) return { year: Number(fm.date.slice(0, 4)), from: '成文日期' };
  const d = fm.docNumber?.docNumber ? /〔(\d{4})〕/.exec(fm.docNumber.docNumber) : null;
  if (d) return { year: Number(d[1]), from: '发文字号' };
  const any = /((19|20)\d{2})\s*年/.exec(fold(text));
  if (any) return { year: Number(any[1]), from: '正文中第一次出现的年份' };
  return { year: new Date().getFullYear(), from: '当前年份' };
}

export function mostUsed<T>(counts: Map<T, number>, fallback: T): T {
  let best = fallback;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

export function notationName(n: ResponsibilityNotation): string {
  return { division: '“按职责分工负责”', 'lead-and-responsible': '“牵头单位/责任单位”', 'lead-and-participate': '“牵头、参加”' }[n];
}
