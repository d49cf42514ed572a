/**
 * "各市、区人民政府", "各县、市、区人民政府", "各市、区质量技术监督检测所": 各 over the levels of places set apart
 * by 、, then the one kind of office each of them has. The 、 lists levels inside one name; it does not end a
 * unit ("各市" and "区人民政府" would name every city and one district's government). `before` is the name so
 * far ("各市", "各县、市"), `after` the piece up to the next separator ("区人民政府", or a bare "区" when the
 * levels go on).
 */
const LEVEL = '(?:省|市|县|区|旗|乡|镇|特区)';
const OPENED = new RegExp(`^各${LEVEL}(?:、${LEVEL})*$`);
const BARE = new RegExp(`^${LEVEL}$`);
const NAMED = new RegExp(`^${LEVEL}[\\u4e00-\\u9fff]`);

export function joinsPlaceLevels(before: string, after: string, isUnit: (m: string) => boolean): boolean {
  const a = after.trim();
  return OPENED.test(before.trim()) && (BARE.test(a) || NAMED.test(a) && isUnit(a));
}
