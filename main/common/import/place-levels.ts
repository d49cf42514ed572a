/**
 * "各市、区人民政府", "各县、市、区人民政府", "各市、区质量技术监督检测所": 各 over the levels of places set apart
 * by 、, then the one kind of office each of them has. The 、 lists levels inside one name; it does not end a
 * unit ("各市" and "区人民政府" would name every city and one district's government). The levels so listed are
 * of one rank — the county rank (县, 县级市, 区, 旗) or the township rank (乡, 镇): "各镇、旗发改委" names the towns
 * and the banner's own office, two units. `before` is the name so far ("各市", "各县、市"), `after` the piece up
 * to the next separator ("区人民政府", or a bare "区" when the levels go on).
 */
const RANKS = ['县市区旗', '乡镇'];
const OPENED = /^各([省市县区旗乡镇])((?:、[省市县区旗乡镇])*)$/;
const NAMED = /^([省市县区旗乡镇])([\u4e00-\u9fff]*)$/;

export function joinsPlaceLevels(before: string, after: string, isUnit: (m: string) => boolean): boolean {
  const open = OPENED.exec(before.trim());
  const next = NAMED.exec(after.trim());
  if (!open || !next) return false;
  const levels = [open[1]!, ...open[2]!.split('、').filter(Boolean), next[1]!];
  if (!RANKS.some((rank) => levels.every((l) => rank.includes(l)))) return false;
  return next[2] === '' || isUnit(after.trim());
}
