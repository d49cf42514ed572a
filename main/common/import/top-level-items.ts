import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { ResponsibilityNotation } from '../model/meta';
import type { Section } from '../model/section';
import type { Line } from './line';
import { makeLine } from './line';
import { makeItem } from './make-item';
import { takeRunInClosing } from './run-in-closing';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';
import type { StandingRules } from './standing-rules';

/** The body builder's state the run-in 一、 post-pass reads and changes. */
export interface TopLevelContext extends BuildContext {
  sections: Section[];
  preamble: Body;
  noticeTail: string[];
  runIn: ReadonlyMap<Section, { line: Line; start: number }>;
  /** Parts whose line is one sentence, the title glued to its text: read as run-in parts with nothing under them. */
  sentenceParts: ReadonlyMap<Section, { line: Line; start: number }>;
  /** "十、加强创模宣传" over one paragraph and its units line: a part that is itself a task (its one measure). */
  titled: ReadonlySet<Section>;
  applyRules(item: Item, read: StandingRules | null, notation: ResponsibilityNotation | null): void;
}

/**
 * A 通知 or 意见 whose every "一、" is run-in, with no group below it, is a list of items, not of
 * sections: "一、稳定粮食播种面积。……（县农业农村局负责）" is a measure. They become level-2 items.
 */
export function topLevelItems(b: TopLevelContext, noticeOnly: boolean, handsOver: boolean): void {
  // "八、附则本若干措施中“游艇”是指…": a last 附则 part defines terms or says when the document takes effect; it is no
  // item of the list, so the items are read without it and it stays a part.
  const last = b.sections[b.sections.length - 1];
  const annex = b.sections.length > 2 && last && /^附则/.test(last.title) ? b.sections.pop()! : null;
  readTopLevelItems(b, noticeOnly, handsOver);
  if (annex) b.sections.push(annex);
}

function readTopLevelItems(b: TopLevelContext, noticeOnly: boolean, handsOver: boolean): void {
  const all = b.sections;
  const titled = (s: Section) => b.titled.has(s) && s.body.length === 1 && s.body[0]!.type === 'item';
  const closing = takeRunInClosing(all, (s) => b.runIn.has(s));
  const restore = () => { all[all.length - 1]?.body.push(...closing); };
  const cut = cutTail(all, b.runIn, closing.length);
  const whole = cut ? all.slice(0, -1) : all;
  const sentence = (s: Section) => b.sentenceParts.has(s) && s.body.length === 0;
  const runIn = (s: Section) => b.runIn.has(s) && s.body.length === 1 && s.body[0]!.type === 'paragraph';
  // Sentence parts join a list that holds whole run-in or titled items; by themselves they prove nothing.
  if (whole.length === 0 || whole.every(sentence) || !whole.every((s) => s.sections.length === 0 && (titled(s) || runIn(s) || sentence(s)))) {
    restore();
    return;
  }
  const parses = all.map((s) => {
    if (s === cut) return { s, parsed: makeItem(makeLine(s.title), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), b.ids) };
    if (titled(s)) {
      const item = s.body[0] as Item;
      return { s, parsed: { item: { ...item, level: 2 as const, children: [{ text: `${s.title}。`, lead: true as const }, ...item.children] }, notation: null, rules: null } };
    }
    const { line, start } = b.runIn.get(s) ?? b.sentenceParts.get(s)!;
    return { s, parsed: makeItem(line, start, 2, (hasUnits) => itemRole(s.kind, hasUnits), b.ids) };
  });
  // A 印发通知 whose plan is not in the text ("一、强化责任落实。……" after "现印发给你们"), with no unit
  // named anywhere: these are the notice's requirements, kept as its text.
  const noUnits = parses.every(({ parsed }) => parsed.item.leadUnits.length + parsed.item.supportUnits.length === 0);
  if (handsOver && !noticeOnly && noUnits) {
    restore();
    b.guesses.push({ what: `通知说明印发了任务（计划不在文中），${all.length} 段“一、”是提出的要求，按章节保留，不作措施`, confidence: 0.6 });
    return;
  }
  if (noticeOnly && noUnits) {
    for (const s of all) b.noticeTail.push(b.runIn.get(s)?.line.text ?? s.title);
    for (const c of closing) if (c.type === 'paragraph') b.noticeTail.push(c.children.map((l) => l.text).join(''));
    b.guesses.push({ what: `通知后没有计划正文，${all.length} 段“一、”是通知提出的要求，归入通知正文`, confidence: 0.6 });
    b.sections.length = 0;
    return;
  }
  for (const { parsed } of parses) {
    if (parsed.notation) b.notations.set(parsed.notation, (b.notations.get(parsed.notation) ?? 0) + 1);
    b.applyRules(parsed.item, parsed.rules, parsed.notation);
    b.preamble.push(parsed.item);
  }
  b.preamble.push(...closing);
  b.guesses.push({ what: `${all.length} 个“一、”级标题都是带正文的条目，按条目（措施）导入，而不是章节${closing.length ? `；其后 ${closing.length} 段是文件的结尾` : ''}`, confidence: 0.7 });
  b.sections.length = 0;
}

/**
 * A pasted page is often cut off inside its text: "二、围绕保障和改善民生深化" with nothing under it, ending
 * the text after run-in "一、…。（…负责）" items. A bare last heading with no body and no sentence end is where
 * the copy stopped, not a section of another kind, so it does not keep the others from being items: it is
 * read as a (cut) item of the same list. Only when at least one whole run-in item comes before it.
 */
function cutTail(all: Section[], runIn: ReadonlyMap<Section, unknown>, closing: number): Section | null {
  const last = all[all.length - 1];
  if (!last || all.length < 2 || closing > 0 || runIn.has(last)) return null;
  if (last.body.length > 0 || last.sections.length > 0) return null;
  return /[。；;！!？?：:]$/.test(last.title.trim()) ? null : last;
}
