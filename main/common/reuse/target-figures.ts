import type { SectionKind } from '../model/section';
import type { ItemRole } from '../model/item';

/** A figure with its unit: 95%, 2个百分点, 3家, 1.5亿元 (not a year or a date: 年, 月 and 日 are not units). */
const FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|百分点|家|个|项|件|次|人次|人|所|万元|亿元|元|万|亿|公里|千米|吨|名|户|类|座|台|套|批|场|亩|平方米|个工作日|天|小时|倍)/;
/** Words that make a figure a target rather than a fact. */
const TARGET_WORD = /达到|达|不低于|不少于|不超过|以上|以内|以下|提高|提升|增长|新增|控制在|累计|力争|保持|完成|创建|培育|突破|确保/;

/**
 * Whether a block's text holds a target figure: any figure in a 工作目标 section or a target item; in
 * other blocks a figure with a target word (新增…2件以上, 合格率达到95%).
 */
export function hasTargetFigure(text: string, sectionKind: SectionKind | null, role: ItemRole | null): boolean {
  if (!FIGURE.test(text)) return false;
  if (sectionKind === 'targets' || role === 'target') return true;
  return TARGET_WORD.test(text);
}
