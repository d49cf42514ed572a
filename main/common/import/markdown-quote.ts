/**
 * "> 本文正文由脚本自…页面提取，仅供检索查阅；以官方链接发布版本为准。": a Markdown copy sets its own notes
 * (where the text came from, whose version counts) as a block quote above the document. A government
 * document never opens a line with ">", so such a line at the head is the copy's, like a site's chrome.
 */
export function isMarkdownQuote(text: string): boolean {
  return /^\s*>[ \u3000]/.test(text);
}
