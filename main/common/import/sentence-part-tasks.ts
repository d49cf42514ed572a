import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import type { IdMaker } from './id-maker';
import { makeLine, type Line } from './line';
import { makeItem } from './make-item';
import { sectionKind } from './section-kind';

/** Frame parts a sentence may open without being a task (their kind was read from the title's first words). */
const FRAME_KINDS = new Set(['ideology', 'principles', 'requirements', 'safeguards', 'significance', 'schedule']);

/**
 * "一、推动《某建设方案》获批由区经济发展局牵头，成立专门班子…，争取尽早批复。" beside "四、编制旅游专项规划" over
 * "1.…" / "2.…": a 工作要点 sets its short tasks as 一、 parts written in one sentence, and its broad ones as
 * titled parts over numbered tasks. A copy that lost its stops glues the short task's title to its text, so
 * the part reads as a sentence with nothing under it. When other parts of the plan hold measures, such a
 * part is one task: it keeps its words up to the first comma as its title and its text becomes its measure.
 * (A plan whose every part is so is read as a list of items by `topLevelItems`.)
 */
export function sentencePartTasks(
  sections: Section[], sentenceParts: ReadonlyMap<Section, { line: Line; start: number }>,
  ids: IdMaker, guesses: Array<{ what: string; confidence: number }>,
): void {
  if (!sections.some((s) => holdsMeasure(s.body) || s.sections.some((g) => holdsMeasure(g.body)))) return;
  let n = 0;
  for (const s of sections) {
    const at = sentenceParts.get(s);
    if (!at || s.body.length > 0 || s.sections.length > 0) continue;
    const comma = clauseComma(s.title);
    // The kind read off the whole sentence ("…加快进度，…" is no 进度 part): read it again off the title's words.
    // "一、入驻对象：全日制在校生；…": a label and its value state who or what, not a task.
    const head = s.title.slice(0, Math.max(comma, 0));
    // "一、工作思路 坚持以公开为常态，…": a title a page set apart from its text by a space is the words before it.
    const spaced = /^(\S{2,12})\s+\S/.exec(head)?.[1];
    if (comma < 4 || /[:：]/.test(head) || FRAME_KINDS.has(sectionKind(head)) || (spaced && FRAME_KINDS.has(sectionKind(spaced)))) continue;
    const rest = s.title.slice(comma + 1);
    const parsed = makeItem(makeLine(rest), 0, 2, () => 'measure', ids);
    s.title = s.title.slice(0, comma);
    s.kind = 'measures';
    s.body.push(parsed.item);
    n++;
  }
  if (n) guesses.push({ what: `${n} 个“一、”级标题是一句话（标题与正文连在一起），下面没有条目，而其他部分有措施：各按一项措施导入，逗号前的文字作标题`, confidence: 0.6 });
}

/**
 * "一、活动主题以“防范风险，护航发展”为主题。": a comma inside quotation marks or 《》 belongs to the slogan or name
 * it quotes, never ends a clause — so it never ends a title. The first comma outside them; -1 when none.
 */
function clauseComma(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '“' || c === '《' || c === '「') depth++;
    else if ((c === '”' || c === '》' || c === '」') && depth > 0) depth--;
    else if ((c === '，' || c === ',') && depth === 0) return i;
  }
  return -1;
}

function holdsMeasure(body: Body): boolean {
  return body.some((b) => b.type === 'item' && b.role === 'measure');
}
