import { UNITS_LINE } from './responsibility';

/** The number that opens the next item: a group's "(二)", a part's "三、", a task's "3." / "3、". */
const NEXT_NUMBER = /\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、](?!\d)/;

/**
 * "…责任单位：各区属国企（二）产业化水平提升2.聚焦国企主业发展。…责任单位：各区属国企，区国资局6.加快…": a copy
 * that lost its line breaks and its spaces glues the units line closing a task to the number of the next item.
 * A units line names units only — no sentence, so no 。 — and a unit's name holds no item number, so in a
 * run-together line the list ends where such a number starts. Cuts there, for each piece starting at `starts`
 * with a units label. (A group's short title glued to its first task's number, "(二)产业化水平提升2.", is cut by
 * `groupThenTaskCuts`.)
 */
export function unitsThenNumberCuts(m: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const start of new Set([0, ...starts])) {
    const at = start + (/^\s*/.exec(m.slice(start))![0].length);
    const label = UNITS_LINE.exec(m.slice(at));
    if (!label) continue;
    const from = at + label[0].length;
    const rest = m.slice(from, from + 200);
    const stop = rest.search(/[。;!?\s]/);
    const next = NEXT_NUMBER.exec(stop < 0 ? rest : rest.slice(0, stop));
    // "责任单位：区国资局，各区属国企 来源：某某办公室": the page's next label after a space ends the list too.
    if (!next && stop > 1 && /^\s+[\u4e00-\u9fff]{2,6}:/.test(rest.slice(stop))) out.push(from + stop);
    if (!next || next.index < 2) continue;
    out.push(from + next.index);
  }
  return out;
}

/** Cuts after a group's short title glued to its first task's number, for each piece starting at `starts`. */
export function groupThenTaskCuts(m: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of new Set(starts)) {
    const lead = /^\s*/.exec(m.slice(at))![0].length;
    const group = GROUP_THEN_TASK.exec(m.slice(at + lead));
    if (group) out.push(at + lead + group[0].length);
  }
  return out;
}

/** "(二)产业化水平提升2.聚焦…": a group's short title (no stop, no figure) glued to its first task's number. */
const GROUP_THEN_TASK = /^\([一二三四五六七八九十]{1,3}\)[^。;,!?:\s\d()]{2,20}(?=\d{1,2}[.、](?!\d))/;
