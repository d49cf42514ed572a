/**
 * Lines of an office-automation (OA, 公文管理) system's document page, where officials copy many documents
 * from: the receipt counter and links around the document ("14人已签收", "公文跟踪", "公文原件"), the signing
 * stamp ("张三 签发于2013/8/22 13:52:33"), a calendar badge of the day ("22" / "八月") and the comment box
 * under it ("评论回复"). None of them is part of the document; left in, they join its title.
 */
const OA_CHROME: RegExp[] = [
  /^(\d+\s*人)?\s*(已|未)?签收(意见|情况|记录)?$/,
  /^公文(跟踪|原件|附件|正文|处理单|流转)$/,
  /^\S{1,12}\s*签发于\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}/,
  /^(十[一二]?|[一二三四五六七八九])月$/,
  /^(评论回复|回复|提交回复|提交回复返回|返回)$/,
  /^发布人\s*[:：].{0,30}(联络点|时间)\s*[:：]/,
];

export function isOaChrome(line: string): boolean {
  const t = line.trim();
  return OA_CHROME.some((re) => re.test(t));
}
