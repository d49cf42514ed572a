/**
 * A document-sharing site's advert, set into the copied text at a paragraph's or a heading's end
 * ("…制定本方案。【更多文档,添加QQ: 】", "一、工作目标【更多范文请加微信:…】"): the site asks the reader to contact
 * it for the rest. A 公文 never asks its reader to add a QQ or WeChat account, so the bracket is the page's,
 * wherever it stands; left in, it is read as a note in 【】 and hides the units note before it.
 */
const ADVERT = /[^\S\n]*[【[][^【】[\]\n]{0,16}?(?:添加|加|联系)[^【】[\]\n]{0,4}?(?:QQ|qq|微信|V信|vx|VX)[^【】[\]\n]{0,30}[】\]]/g;

/** The text without the sharing site's adverts, and how many were taken out. */
export function stripSharingAdverts(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(ADVERT, () => {
    count++;
    return '';
  });
  return { text: out, count };
}
