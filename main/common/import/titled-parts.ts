import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { makeLine } from './line';
import { makeItem } from './make-item';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';

/** Does the section hold a numbered item or a group anywhere under it? */
function hasItems(s: Section): boolean {
  return s.sections.length > 0 || s.body.some((b) => b.type !== 'paragraph');
}

/**
 * "一、完善消防安全责任体系，形成齐抓共管工作格局" over ONE paragraph, and every task part of the plan so, with
 * no numbered item anywhere (a short 意见 written in parts): each part is one task, its heading the task's
 * title — read as plain paragraphs, the plan would have no tasks at all. Parts of other kinds (指导思想,
 * 保障措施) are left as they are. Three such parts at least, so a plan of prose sections is not read so.
 * Reported as a guess.
 */
export function titledPartMeasures(sections: readonly Section[], ctx: BuildContext, noticeOnly = false): void {
  if (sections.some(hasItems)) return;
  const parts = sections.filter((s) => itemRole(s.kind, false) === 'measure');
  const texts = parts.map((s) => (s.body.length === 1 && s.body[0]!.type === 'paragraph' ? s.body[0]!.children.map((l) => l.text).join('') : ''));
  if (parts.length < 3 || texts.some((t) => t.length < 15)) return;
  const parses = parts.map((s, i) => makeItem(makeLine(`${s.title.replace(/[。.]$/, '')}。${texts[i]!}`), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, {}));
  // A 印发 notice whose plan is not in the text ("现将《X》印发给你们，并就有关事项通知如下：" then "一、坚定信心，
  // 争先进位" over a paragraph): its parts are the notice's own requirements, as its run-in 一、 are
  // (`topLevelItems`), unless one names a unit — a requirement asks everyone, a task names who does it.
  if (noticeOnly && parses.every(({ item }) => item.leadUnits.length + item.supportUnits.length === 0)) {
    ctx.guesses.push({ what: `通知后没有计划正文，${parts.length} 个“一、”部分是通知提出的要求，按章节保留，不作措施`, confidence: 0.6 });
    return;
  }
  parts.forEach((s, i) => {
    const parsed = parses[i]!;
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    s.body = [parsed.item];
    ctx.guesses.push({ what: `“${excerpt(s.title)}”下只有一段正文，连同标题按措施导入（标题为措施标题）`, confidence: 0.6 });
  });
}

/** Does the part hold a numbered measure, in its body or in a group under it? */
function holdsMeasures(s: Section): boolean {
  return s.body.some((b) => b.type === 'item' && b.role === 'measure') || s.sections.some(holdsMeasures);
}

/**
 * "一、高举旗帜，以…引领工作方向" over ONE paragraph of tasks, beside parts of numbered tasks ("二、…" / "1.…"):
 * a bureau's 工作要点 writes a part with a single task as prose under its heading. Among parts that hold
 * tasks, a task part holding one long paragraph and nothing else is that one task, its heading the title —
 * as a group of one paragraph is (`titledGroupMeasures`). Parts of other kinds (指导思想, 保障措施), parts after
 * the last part of tasks, more such parts than parts of tasks, and short paragraphs (a part's one-line lead-in)
 * are left as they are. Reported as a guess.
 */
export function lonePartMeasures(sections: readonly Section[], ctx: BuildContext): void {
  // The prose part is the exception among parts of numbered tasks: where such parts are as many as those of
  // tasks or more, they are the notice's own requirements set before its attached plan ("一、高度重视，…").
  const lone = sections.filter((s) => !holdsMeasures(s) && s.sections.length === 0 && s.body.length === 1).length;
  if (lone > sections.filter(holdsMeasures).length) return;
  sections.forEach((s, i) => {
    // Only before a part of numbered tasks: parts after the last ("高度重视，认真研究政策", "压实责任，推动工作落实")
    // are the plan's closing requirements. The title is a task's two clauses ("高举旗帜，以…引领工作方向"), not
    // a topic ("背景分析").
    if (!sections.slice(i + 1).some(holdsMeasures) || !/[,，]/.test(s.title)) return;
    if (itemRole(s.kind, false) !== 'measure' || s.sections.length || s.body.length !== 1 || s.body[0]!.type !== 'paragraph') return;
    const text = s.body[0]!.children.map((l) => l.text).join('');
    // A paragraph of several sentences, each a piece of work: a lead-in of one sentence stays one.
    if (text.length < 60 || (text.match(/。/g) ?? []).length < 2) return;
    const parsed = makeItem(makeLine(`${s.title.replace(/[。.]$/, '')}。${text}`), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, {});
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    s.body = [parsed.item];
    ctx.guesses.push({ what: `“${excerpt(s.title)}”下只有一段正文，与其他各部分的任务并列，连同标题按措施导入（标题为措施标题）`, confidence: 0.6 });
  });
}
