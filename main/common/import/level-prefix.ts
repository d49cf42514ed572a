/**
 * "省、市重点项目责任单位", "市、县两级财政部门": levels written before one shared name, set apart by 、. The
 * level alone ("省", "市级") names no unit: the 、 after it does not end a name.
 */
export function isLevelPrefix(m: string): boolean {
  return /^(省|市|县|区|乡|镇)级?$/.test(m.trim());
}
