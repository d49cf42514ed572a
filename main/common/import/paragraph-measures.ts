import type { ResponsibilityNotation } from '../model/meta';
import type { Section, SectionKind } from '../model/section';
import { excerpt } from './excerpt';
import type { IdMaker } from './id-maker';
import { makeLine } from './line';
import { makeItem } from './make-item';
import { itemRole } from './section-kind';

/** What the body builder shares with its post-passes: ids, notations counted, guesses reported. */
export interface BuildContext {
  ids: IdMaker;
  notations: Map<ResponsibilityNotation, number>;
  guesses: Array<{ what: string; confidence: number }>;
}

/**
 * Post-pass once every line is added: unnumbered paragraphs that are the measures — under a （一） group
 * of a measures part, or opening with a short run-in title under a 一、 with no group.
 */
export function paragraphMeasures(sections: readonly Section[], ctx: BuildContext): void {
  for (const top of sections) for (const s of top.sections) measuresFromParagraphs(s, top.kind, ctx);
  for (const top of sections) if (top.sections.length === 0) runInParagraphs(top, ctx);
}

/**
 * "（一）进一步推进权力清单公开" then unnumbered paragraphs: in a group of a measures part with no
 * numbered item, each paragraph is a measure (a 工作要点's usual layout). Reported as a guess.
 */
function measuresFromParagraphs(s: Section, parent: SectionKind, ctx: BuildContext): void {
  if (s.body.length === 0 || s.body.some((b) => b.type !== 'paragraph')) return;
  if (itemRole(s.kind, false) !== 'measure' || itemRole(parent, false) !== 'measure') return;
  s.body = s.body.map((b) => {
    const text = b.type === 'paragraph' ? b.children.map((l) => l.text).join('') : '';
    if (text.length < 15) return b;
    const parsed = makeItem(makeLine(text), 0, 3, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, { runInTitle: false });
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    ctx.guesses.push({ what: `“${s.title}”下没有编号的段落“${excerpt(text)}”按措施导入`, confidence: 0.6 });
    return parsed.item;
  });
}

/**
 * "一、加强基础设施建设" then an intro paragraph and paragraphs that open with a short run-in title
 * ("加快铁路网络建设。突出……"): in a part that holds measures and has no numbered item, those
 * paragraphs are its measures (an 意见's usual layout); the intro stays a paragraph. Reported as a guess.
 */
function runInParagraphs(s: Section, ctx: BuildContext): void {
  if (s.body.length < 2 || s.body.some((b) => b.type !== 'paragraph') || itemRole(s.kind, false) !== 'measure') return;
  const runIn = (t: string) => /^[^，,、；;：:。\d\s“”"]{2,20}。./.test(t);
  const texts = s.body.map((b) => (b.type === 'paragraph' ? b.children.map((l) => l.text).join('') : ''));
  if (!texts.some(runIn)) return;
  s.body = s.body.map((b, i) => {
    if (!runIn(texts[i]!)) return b;
    const parsed = makeItem(makeLine(texts[i]!), 0, 3, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids);
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    ctx.guesses.push({ what: `“${s.title}”下以短标题开头的段落“${excerpt(texts[i]!)}”按措施导入`, confidence: 0.6 });
    return parsed.item;
  });
}
