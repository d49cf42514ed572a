import { parseDocNumber } from '../../common/import/doc-number';
import { makeLine } from '../../common/import/line';
import { isWebChrome } from '../../common/import/web-chrome';
import { isMetadataLine } from '../../common/import/web-metadata';

/**
 * A web page's chrome or metadata line ends by itself ("您当前的位置:首页 » …", "来源:… 发布日期:… 字体:【",
 * "索引号 … 公开方式 主动公开"), and so does a line closed by a page's date and time ("…重点工作任务
 * 2022-09-23", "時間:2020年09月15日 點擊次數:13460"): a page copied into Word keeps them a line each, and no
 * sentence of a plan wraps after them.
 */
export function endsLineOfItsOwn(text: string): boolean {
  const line = makeLine(text.trim());
  if (isWebChrome(line.text) || isMetadataLine(line)) return true;
  return /\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(line.m) || /(点击|浏览|點擊|瀏覽)(次数|次數|量)?\s*[:：]\s*\d+$/.test(line.text.trim());
}

/**
 * A 文号 alone on its line ("新政辦〔2020〕23號", "咸安政发〔2019〕1") starts a line of its own: a sentence
 * that cites one wraps inside its bracket or title, not before a bare number.
 */
export function startsLineOfItsOwn(text: string): boolean {
  const t = text.trim();
  return parseDocNumber(makeLine(t).m) !== null || /^[\u4e00-\u9fff]{2,10}[〔[【(（]\d{4}[〕\]】)）]\d{1,4}[号號]?$/.test(t);
}

const ORGAN_OR_TITLE = /(人民政府|办公厅|办公室|委员会|领导小组|[局厅委部院署]|通知|意见|方案|计划|要点|办法|规定|细则|规划|清单)$/;

/**
 * A 署名 or a title alone on its line ("沁县人民政府办公室", "…的实施意见") under a line that does not leave a
 * sentence open (a comma, 、 or an open bracket): a wrap's rest that is only an organ's or a title's name
 * would end a sentence without its full stop, which prose does not.
 */
export function organOrTitleLine(text: string, before: string): boolean {
  const t = makeLine(text.trim()).m;
  return t.length <= 30 && !/[,、;。:!?()《》“”]/.test(t) && ORGAN_OR_TITLE.test(t) && !/[,、(《“]$/.test(makeLine(before.trim()).m);
}
