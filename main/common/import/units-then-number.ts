import { UNITS_LINE } from './responsibility';

/** A page's link label and its web address ("H5解读：https://…", "原文链接:www.…"). */
const LINK = /[A-Za-z0-9]{0,4}(?:图文|政策|文字)?(?:解读|链接|网址|原文|来源)[:：]\s*(?:https?:\/\/|www\.)/;
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
    const list = stop < 0 ? rest : rest.slice(0, stop);
    // "责任单位：区党工委党群工作部、经济发展局H5解读：https://…": a page's link, its label glued to the list, is
    // the page's; no unit's name holds a web address (nor an item number: "h5.example.com" is none).
    const link = LINK.exec(list);
    const next = NEXT_NUMBER.exec(link ? list.slice(0, link.index) : list);
    if (!next && link && link.index >= 2) {
      out.push(from + link.index);
      continue;
    }
    // "责任单位：区国资局，各区属国企 来源：某某办公室": the page's next label after a space ends the list too.
    const wide = !next && stop > 1 ? acrossSpaces(rest) : null;
    if (wide !== null) {
      out.push(from + wide);
      continue;
    }
    if (!next && stop > 1 && /^\s+[\u4e00-\u9fff]{2,6}:/.test(rest.slice(stop))) out.push(from + stop);
    // "责任单位:各片区管理局、区农业农村局 各片区、相关单位要提高…认识,…。": the last task's list, then after a space
    // the notice's closing exhortation. A list names units only; what follows the space and runs on to a full
    // stop with commas is a sentence, so a paragraph of its own.
    else if (!next && stop > 1 && sentenceAfter(rest.slice(stop))) out.push(from + stop);
    if (!next || next.index < 2) continue;
    out.push(from + next.index);
  }
  return out;
}

/**
 * "责任单位：区安办、财政 金融局(三)规范…" / "…公安局 区法院、检察院(二十)加强…": a PDF copied as one line keeps a space
 * where it wrapped the list, inside a name too. The list still runs to the next group or part number when what
 * stands before it holds no stop and only short runs between spaces (names, not sentences). Returns its offset.
 */
function acrossSpaces(rest: string): number | null {
  const w = /^[^。;!?:]{2,80}?(?=\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)/.exec(rest);
  if (!w || !w[0].split(/\s+/).every((run) => run.length <= 30)) return null;
  return w[0].length;
}

/** After a space: a sentence (over 20 characters, a comma, closed by a full stop before any other space). */
function sentenceAfter(rest: string): boolean {
  const chunk = /^\s+(\S+)/.exec(rest)?.[1] ?? '';
  return chunk.length > 20 && /,/.test(chunk) && /。/.test(chunk);
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

/**
 * "(二)产业化水平提升2.聚焦…" / "一、促进公平竞争1.坚持…": a group's or a part's short title (no stop, no figure)
 * glued to its first task's number. A group's title is often two short clauses, a field and its aim
 * ("(一)多项产业协同发展,助推小镇人气集聚1.设置…"): one comma inside it is still the title.
 */
const GROUP_THEN_TASK = /^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)[^。;,!?:\s\d()]{2,20}(?:,[^。;,!?:\s\d()]{2,20})?(?=\d{1,2}[.、](?!\d))/;
