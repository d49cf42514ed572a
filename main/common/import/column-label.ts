import { regionOf } from './plan-meta';
import { TITLE_END } from './title-text';
import { looksLikeUnit } from './unit-names';

/**
 * "乡村振兴" / "塔城地区农产品品牌建设三年行动实施方案(2021-2023年)": a government site sets the name of the column
 * (栏目) a page is filed under above its heading. A 公文's title opens with its organ or its place, so a short topic
 * word (no place, no organ, no year, not itself a title) over a line that is a whole title opening with its place
 * is that column's name, not the title's first line. A place over the plan's name ("某县" / "…方案") still is.
 */
export function isColumnLabel(run: string, next: string): boolean {
  const label = run.trim();
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(label) || /^(关于|關於|關于|印发|印發|转发|轉發)/.test(label)) return false;
  if (looksLikeUnit(label) || TITLE_END.test(label) || regionOf(label)) return false;
  // "…实施方案(2021-2023年)": the title may close with its period in brackets.
  const title = next.trim().replace(/\([^()]{1,14}\)$/, '');
  return TITLE_END.test(title) && regionOf(title) !== '' && !title.startsWith(label);
}
