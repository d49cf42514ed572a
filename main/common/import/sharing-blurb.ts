/**
 * A model-essay or document-sharing site's blurb between its page title and the document ("以下是网友为您整理
 * 分享的“县应急管理局工作计划”相关范文，供您参考！", "下面是小编为大家整理的…，欢迎阅读", "下面是…小编给大家带来的
 * 2022年全县…行动方案，希望大家喜欢。"): the title above it is the site's (its file name, often with another year
 * or a count of pieces, "…方案6篇"), the document's own title comes after it.
 */
export function isSharingBlurb(m: string): boolean {
  return /(以下|下面)是.{0,20}(为您|为大家|给大家|帮大家)?(整理|收集|分享|精心|推荐|带来).{0,60}(范文|文章|资料|模板|文档|方案|计划|要点)/.test(m)
    && /(供(您|大家|你)参考|欢迎(阅读|参考|借鉴|下载)|希望.{0,10}(帮助|有所|喜欢))/.test(m);
}

// "…小编给大家带来的2022年全县推进乡村建设暨农村人居环境整治提升行动方案,希望大家喜欢": the piece the page gives,
// named whole (no quotes, no "相关范文"), ending as a plan's or a notice's title does.
const NAMED = /(?:带来|整理|分享|推荐)(?:的|了)([^,;:。“”"《》]{6,80}?(?:方案|计划|要点|意见|规划|措施|办法|细则|通知|报告))[,;。]/;

/**
 * The title a blurb names, when the piece under it prints none of its own (the site cut it with its page
 * title): its offset in the line and its length, or null. A quoted topic ("“县应急管理局工作计划”相关范文")
 * names a kind of text, not this one's title.
 */
export function blurbNamedTitle(m: string): { at: number; length: number } | null {
  const hit = NAMED.exec(m);
  if (!hit || /范文|模板|文档/.test(hit[1]!)) return null;
  return { at: hit.index + hit[0].length - 1 - hit[1]!.length, length: hit[1]!.length };
}

/**
 * "《X.docx》由会员分享，可在线阅读，更多相关《X.docx(4页珍藏版)》请在…上搜索。": a document-sharing site's line
 * under the file's name. It quotes the file it holds, so that name, without its extension, is the
 * document's title (a 任务分解表 saved as Word is named by its title); null for any other line.
 */
export function sharedFileTitle(m: string): string | null {
  const shared = /^《([^《》]{4,80})\.(docx?|pdf|wps|xlsx?)》\s*由会员分享/.exec(m);
  return shared ? shared[1]!.trim() : null;
}
