import { isCrawlRecord } from './crawl-record';
import { pageColumns } from './join-wrapped-cells';

/**
 * The rest of a web page's chrome line that a PDF page broke ("您的当前位置: 首页>…>乡村振兴区" / "内政策",
 * "3/2021 某某市人民政府公报 ·大同市人" / "民政府办公室文件·"): the chrome line is dropped, its rest would be
 * read as text and run into the title below. A rest is short (a page line's few last characters, no
 * sentence in it) and follows a chrome line as wide as a page's line (24+ columns) that ends no clause.
 */
export function isChromeTail(chrome: string, text: string): boolean {
  const c = chrome.trim();
  const t = text.trim();
  if (pageColumns(c) < 24 || /[。;；:：!！?？)）》】]$/.test(c)) return false;
  // "本地目录: zwgk/…/4866_某局" / "关于印发…": a crawler's address or folder names the page after its title, which
  // may run on to a line of its own; the rest is part of the path, never a label or a sentence of the page.
  if (isCrawlRecord(c) && /[:：]/.test(c)) return t.length > 0 && !/。/.test(t) && !/^[\u4e00-\u9fff\s]{2,8}[:：]/.test(t) && !isCrawlRecord(t);
  // A notice title's first line ("区政府关于印发通州区" over the plan's name) is no chrome's rest.
  return t.length > 0 && t.length <= 10 && !/[，,。；;：:、\d]/.test(t) && !/^[一二三四五六七八九十]+、|^[(（]/.test(t)
    && !/(通知|方案|计划|要点|意见|办法)$/.test(t) && !/关于|印发|转发/.test(t);
}
