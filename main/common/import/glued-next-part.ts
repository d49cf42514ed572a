import { parseChineseNumber } from './chinese-number';

/** A part number (一、…十、) at the start of a piece, after any space the cut left. */
const PART_AT_START = /^\s*([一二三四五六七八九十]{1,3})、/;

/**
 * A part number glued inside a piece, with a short title after it that runs straight into its first item or
 * text: "活动内容1、", "活动内容 各村…".
 */
const GLUED_PART = /(?<=[\u4e00-\u9fff\d)）])([一二三四五六七八九十]{1,3})、(?=[^\s。.,，、:：;；!?\d]{2,12}(?:\d{1,2}[、.]|\(|（|\s))/g;

/**
 * "二、活动时间2017年1月18日—2017年1月20日三、活动内容1、镇直机关…": a page that lost its line breaks and its
 * spaces glues a part's number and title to the end of the part before, here a date with no stop after it.
 * A part number is proof of a part only when it is the next one in order after the part the piece opened with
 * (三、 after 二、): a 、 after a numeral inside a sentence ("第一、二、三批") never continues the parts so.
 */
export function gluedNextPartCuts(m: string, cuts: readonly number[]): number[] {
  const starts = [0, ...cuts].sort((a, b) => a - b);
  const out: number[] = [];
  for (const [k, at] of starts.entries()) {
    const open = PART_AT_START.exec(m.slice(at));
    if (!open) continue;
    const end = starts[k + 1] ?? m.length;
    const piece = m.slice(at, end);
    const want = parseChineseNumber(open[1]!) + 1;
    for (const g of piece.matchAll(GLUED_PART)) {
      if (g.index <= open[0].length || parseChineseNumber(g[1]!) !== want) continue;
      out.push(at + g.index);
      break;
    }
  }
  return out;
}
