import { makeLine, type Line } from './line';

// An item number and what follows it up to the item's first character: "1." / "2 ." / "4 " before 汉字.
const NUMBER = /(\d{1,2})(\s*)([.．、]?)(\s*)(?=[\u4e00-\u9fff])/g;
const STOP = /[。；;!?！？]$/;

/**
 * Word numbers a list itself; copied as text, its numbers keep the tab after them as a space, and a preview
 * may lose the dot: "…保证方向、提供动力。2 .全面落实…。3 .推进…。4 不断加强师资队伍建设。". In a line whose
 * items ran together, a number right after a sentence's end that is the next of the items' count (1, 2, 3 …)
 * is that item's number however it is spaced, so it is written "N." again, the form the splitter reads. A
 * figure is never the next item number right after a stop with a space before its words ("。2 所学校" does not
 * follow a "1." item), and any other number is left as written.
 */
export function closeUpItemNumbers(line: Line): Line {
  let last = 0;
  const edits: Array<{ at: number; end: number; n: string }> = [];
  for (const g of line.m.matchAll(NUMBER)) {
    const n = Number(g[1]);
    const [, , before, dot, after] = g;
    const stopped = STOP.test(line.m.slice(0, g.index));
    const tight = dot !== '' && before === '' && after === '';
    const glued = tight && dot !== '、' && (g.index === 0 || /[\u4e00-\u9fff]$/.test(line.m.slice(0, g.index)));
    if (n !== last + 1 || !(stopped || glued)) continue;
    last = n;
    if (stopped && !tight && (dot !== '' || before !== '')) edits.push({ at: g.index, end: g.index + g[0].length, n: g[1]! });
  }
  if (!edits.length) return line;
  let text = line.text;
  for (const e of edits.reverse()) text = `${text.slice(0, e.at)}${e.n}.${text.slice(e.end)}`;
  return makeLine(text, line.bold);
}
