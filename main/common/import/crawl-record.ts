/**
 * Lines a crawler writes around the page it saved, not the page's: a rule that marks where the page's text
 * starts ("==================== 正文 ===================="), the page's address or the folder it was saved in
 * ("原文链接: https://…", "本地目录: zwgk/…/38733_…"), and a note sending the reader to its data files
 * ("页面链接与图片详见 links.tsv(同目录)"). A 公文 never labels its own address, nor names a .tsv file.
 */
const RECORD: RegExp[] = [
  // The separator around the label of the text that follows; a bare rule ("---") is left alone (Markdown
  // front matter and a 版记's rules are written so).
  /^[=＝~\-—*#]{3,}\s*(正文|全文|原文|正文内容|内容)\s*[=＝~\-—*#]{3,}$/,
  // Where the page came from or was saved: a link or a path of three steps at least after a short label. The
  // crawler names a folder after the page's title, spaces kept ("…/81873_某党工委 某管委会印发《…").
  /^(原文|来源|页面|本地|原始|文章|网页)[\u4e00-\u9fff]{1,4}\s*[:：]\s*(https?:\/\/\S+|[\w.-]+(\/[^/]+){2,}\/?)$/,
  /详见\s*[\w.-]+\.(tsv|csv|jsonl?)\b/,
];

export function isCrawlRecord(line: string): boolean {
  return RECORD.some((re) => re.test(line.trim()));
}
