import { parseInner, type Responsibility } from './responsibility';

/** A deadline cell: "2022年9月底", "11月底前", "2022年底", "长期坚持", "持续推进". */
const DEADLINE_CELL = /((?:\d{4}年)?\d{1,2}月(?:份|底|末|上旬|中旬|下旬)?(?:前|以前)?|\d{4}年(?:底|年底|内)(?:前)?|长期(?:坚持)?|持续推进)$/;

/**
 * "(1)全面…编制完成。…进行督办。市行政审批局市司法局市级相关单位,各区县政府、西咸新区管委会2022年9月底": a task
 * table copied from a page that dropped its cell borders runs each row's cells together, so the 落实措施 cell
 * ends in 。 and the 牵头单位, 责任单位 and 完成时限 cells follow it with nothing between. A sentence never goes on
 * after its 。 with bare organ names and a date; so a tail of unit names closed by a deadline, right after the
 * last 。, is the row's units and deadline. Both must be there: names alone could be the start of a sentence.
 * `m` is the matching copy of `text`.
 */
export function gluedRowTail(text: string, m: string): Responsibility | null {
  const stop = m.lastIndexOf('。');
  if (stop < 0 || stop === m.length - 1) return null;
  const tailM = m.slice(stop + 1).trim();
  const dl = DEADLINE_CELL.exec(tailM);
  if (!dl || dl.index < 2) return null;
  const unitsM = tailM.slice(0, dl.index);
  if (unitsM.length > 120 || /[。;:!?“”《》\s]/.test(unitsM)) return null;
  const from = m.indexOf(unitsM, stop + 1);
  const parsed = parseInner(text.slice(from, from + unitsM.length), unitsM);
  if (!parsed) return null;
  const glued = parsed.glued ? `，单位名称之间缺少顿号（已拆分 ${parsed.glued} 处）` : '';
  return {
    text: text.slice(0, stop + 1),
    leadUnits: parsed.lead,
    supportUnits: parsed.support.filter((u) => !parsed.lead.includes(u)),
    deadline: text.slice(from + unitsM.length).trim(),
    notation: parsed.notation,
    repairs: [`措施末尾连写的单位和完成时限（表格单元格连在一起）已拆出${glued}`],
    rules: null,
  };
}
