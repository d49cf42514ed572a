// A 主送 that lost its "：" stands whole when the line after it opens the notice's hand-over sentence
// ("股(室)、队,各食药监管所" / "现将《…》发给你们"). A damaged copy may have lost the notice title above
// it too, so the sentence below is the only sign: no notice text starts with a list of organs, and no
// sentence opening "现将" goes on from one.

// The organ words a recipient may end with: an office or a bureau's units down to its 所/站/队/股(室).
const RECIPIENT_END = /(人民政府|政府|办事处|部门|单位|机构|管委会|委员会|党工委|局|厅|委|办|所|站|队|中心|[股科处]?室|[股科处]\(室\))(\([^()]{1,20}\))?$/;

// "现将《…》印发/转发/发给你们", "经…同意,现将…": the opening of a 印发 notice's text. So is "X已经区政府同意，现印发给
// 你们", the document named first (with or without its 《》) and the approval before the verb.
const HAND_OVER = /^(经.{1,40}同意,)?现(将|把).{0,120}(印发|转发|下发|下达|发)给|^[^。,]{2,80}?(已经|已报经|业经|经)[^。,]{1,30}同意,\s*现(予以|予)?(印发|转发|下发)/;

/** `m` is a 主送 without its colon: only groups of names set apart by "，", each ending in an organ word. */
function bareRecipientList(m: string): boolean {
  if (m.length > 120 || /[。:;《》!?“”]/.test(m) || /^\d/.test(m)) return false;
  const groups = m.split(',');
  return groups.every((g) => g.length >= 2 && g.length <= 40 && g.split('、').every((n) => RECIPIENT_END.test(n) || /^各/.test(g)));
}

/** `m` is a 主送 that lost its "：", with the notice's hand-over sentence (`next`) right under it. */
export function isRecipientsBeforeHandOver(m: string, next: string): boolean {
  return HAND_OVER.test(next) && bareRecipientList(m);
}
