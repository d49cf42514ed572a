/**
 * "二、创建目标2022年8底前,…" / "一、指导思想以习近平…为指导,…": a page that lost its line breaks without leaving a
 * space glues a part's title to the paragraph under it. The frame and aim parts of a plan bear one of a few
 * fixed titles (指导思想, 总体要求, 工作目标 …), so in a copy known to be run together, a part number followed by
 * such a title and straight by more text (no stop, no 和/及 going on to a longer title) ends its title there.
 * "一、工作目标 主要水产品…合格率达97%以上，…": a page that set the title apart by a space only is cut there too.
 */
const PART_TITLE = /^[一二三四五六七八九十]{1,3}、(指导思想|总体要求|基本原则|工作原则|工作目标|创建目标|主要目标|总体目标|发展目标|目标任务|重点任务|主要任务|工作任务|工作措施|保障措施|组织领导|实施步骤|工作步骤|工作要求)(?=\s*[^\s。.,，、:：;；!?)）和与及的])/;

/**
 * "三、重点整治和分工严格按照《安全生产法》…" / "四、专项整治实施步骤本次专项整治工作分四个阶段实施：": any other part
 * title glued to its opening sentence. A part title is a noun phrase closed by the word for what the part holds
 * (分工, 步骤, 任务, 重点 …); a sentence under it opens with the words that give its ground or its frame (按照,
 * 根据, 本次, 为切实, 主要包括 …), never found closing a title. Only where the sentence runs on past any title's length.
 */
const OTHER_TITLE = /^[一二三四五六七八九十]{1,3}、[^\s。.,，、:：;；!?()（）《》]{0,10}(分工|步骤|安排|措施|任务|重点|内容|目标|要求|领导|机制|原则|思想|对象|范围|阶段|保障)(?=(严格按照|按照|根据|依据|本次|为切实|为进一步|为确保|为认真|坚持|围绕|结合|主要包括)[^。]{20})/;

/**
 * "二、澳前台湾小镇工作任务根据…工作目标,通过…" / "三、某园区重点任务按照…": a plan of several areas titles each
 * area's task part by the area's name before 工作任务 (重点任务, 主要任务); the part's intro under it opens with its
 * ground (根据, 按照, 围绕, 结合, 为). Glued, the title ends before that word (the intro's own 目标 is no part title).
 */
const AREA_TASK_TITLE = /^[一二三四五六七八九十]{1,3}、[^\s。.,，、:：;；!?()（）\d]{2,12}?(?:工作任务|重点任务|主要任务)(?=根据|按照|围绕|结合|为)/;

/** Cuts after the glued part titles that open the pieces starting at `starts` of the run-together `m`. */
export function gluedPartTitleCuts(m: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const at of [0, ...starts]) {
    // A cut at a space starts the piece after it.
    const from = at + (/^\s*/.exec(m.slice(at))![0].length);
    const t = PART_TITLE.exec(m.slice(from)) ?? OTHER_TITLE.exec(m.slice(from)) ?? AREA_TASK_TITLE.exec(m.slice(from));
    if (t) out.push(from + t[0].length);
  }
  return out;
}
