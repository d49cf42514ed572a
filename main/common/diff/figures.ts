/**
 * The figures of a target's text: numbers (Arabic, with decimals, or a percentage) with the unit that
 * follows them (95%、3家、1.2亿元、100个), in order. Two targets whose figures differ are reported even when
 * the text diff would bury the change in a long sentence.
 */
const FIGURE = /\d+(?:[.,]\d+)*\s*(?:%|‰|％|个百分点|万亿元|亿元|万元|元|万人|人次|人|家|个|项|件|次|座|公里|千米|米|吨|亩|万|亿|倍|天|年)?/g;

export function figuresOf(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) => m[0].replace(/\s+/g, '').replace('％', '%'));
}
