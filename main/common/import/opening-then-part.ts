/**
 * "…推动实验区高质量发展超越 结合实际，制定本措施一、加快完善金融体系…": a plan's opening paragraph closes with
 * "制定本方案" (本措施, 本计划 …); its first part follows on a line of its own. A copy that lost the stop and the
 * line break glues the part's "一、" to those words; the line is cut there. Returns the cuts (before "一、").
 */
export function openingThenPartCuts(m: string): number[] {
  const out: number[] = [];
  for (const g of m.matchAll(/制定本[^\s。,;:]{0,8}?(?:方案|措施|计划|要点|意见|细则|办法)(?=一、)/g)) out.push(g.index + g[0].length);
  return out;
}
