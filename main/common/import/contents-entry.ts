/**
 * An entry of a table of contents: a heading, a run of leader dots and the page it starts on
 * ("1总则…………………………......6", "2.1镇自然灾害救助应急工作领导小组………………..…7", "一、总体要求··········1").
 * A 预案 or a long 方案 prints one under its title, with or without a "目 录" heading over it; an entry names a
 * part and its page, it is no part, task or target of the plan. A sentence never runs four leader marks into a
 * page number at its end, so the leaders are what tell an entry apart.
 */
const ENTRY = /^\s*[^。；;]{1,80}?[…⋯·・.．]{4,}\s*\d{1,4}\s*$/;

export function isContentsEntry(line: string): boolean {
  return ENTRY.test(line);
}
