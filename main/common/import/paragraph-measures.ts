import type { ResponsibilityNotation } from '../model/meta';
import type { Body } from '../model/element-types';
import type { Section, SectionKind } from '../model/section';
import { inlinePartItems } from './inline-part-items';
import { namedPartsGroup } from './named-parts-group';
import { excerpt } from './excerpt';
import type { IdMaker } from './id-maker';
import { makeLine } from './line';
import { makeItem } from './make-item';
import { partedGroupMeasures } from './parted-group-measures';
import { titledGroupMeasures } from './titled-groups';
import { labelledPartTasks } from './labelled-part-tasks';
import { lonePartMeasures, titledPartMeasures } from './titled-parts';
import type { Item } from '../model/item';
import { itemRole } from './section-kind';
import { unitTitledGroups } from './unit-titled-groups';

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
export function paragraphMeasures(sections: readonly Section[], ctx: BuildContext, fromParagraph: ReadonlySet<Item> = new Set(), planTitled = false, noticeOnly = false): void {
  labelledPartTasks(sections, ctx);
  for (const top of sections) unitTitledGroups(top, ctx);
  for (const top of sections) partedGroupMeasures(top, ctx);
  for (const top of sections) for (const s of top.sections) namedPartsGroup(s, top.kind, ctx);
  for (const top of sections) titledGroupMeasures(top, fromParagraph, ctx);
  for (const top of sections) for (const s of top.sections) measuresFromParagraphs(s, top.kind, ctx);
  for (const top of sections) if (top.sections.length === 0) runInParagraphs(top, ctx, noticeOnly);
  // Only where the title names a plan: a 通知's own 一、二、 requirements are laid out the same way.
  if (planTitled) titledPartMeasures(sections, ctx, noticeOnly);
  if (planTitled) lonePartMeasures(sections, ctx);
}

/** A paragraph opening with a short run-in title closed by 。 and followed by its text ("加快铁路网络建设。突出……"). */
const RUN_IN = /^[^，,、；;：:。\d\s“”"]{2,20}。./;

/**
 * "（一）进一步推进权力清单公开" then unnumbered paragraphs: in a group of a measures part with no
 * numbered item, each paragraph is a measure (a 工作要点's usual layout). Reported as a guess.
 */
function measuresFromParagraphs(s: Section, parent: SectionKind, ctx: BuildContext): void {
  if (s.body.length === 0 || s.body.some((b) => b.type !== 'paragraph')) return;
  if (itemRole(s.kind, false) !== 'measure' || itemRole(parent, false) !== 'measure') return;
  s.body = s.body.flatMap((b) => {
    const text = b.type === 'paragraph' ? b.children.map((l) => l.text).join('') : '';
    // A short paragraph is a lead-in or a stray line, unless it opens with a run-in title ("精准招引项目。深入推进…"):
    // that is how a 工作要点 starts each task, so it is one even where the copy stops a few words in.
    if (text.length < 15 && !RUN_IN.test(text)) return [b];
    ctx.guesses.push({ what: `“${s.title}”下没有编号的段落“${excerpt(text)}”按措施导入`, confidence: 0.6 });
    return measureItems(text, s.kind, ctx, { runInTitle: false });
  });
}

/**
 * "一、加强基础设施建设" then an intro paragraph and paragraphs that open with a short run-in title
 * ("加快铁路网络建设。突出……"): in a part that holds measures and has no numbered item, those
 * paragraphs are its measures (an 意见's usual layout); the intro stays a paragraph. Reported as a guess.
 */
function runInParagraphs(s: Section, ctx: BuildContext, noticeOnly: boolean): void {
  if (s.body.length < 2 || s.body.some((b) => b.type !== 'paragraph') || itemRole(s.kind, false) !== 'measure') return;
  const runIn = (t: string) => RUN_IN.test(t);
  const texts = s.body.map((b) => (b.type === 'paragraph' ? b.children.map((l) => l.text).join('') : ''));
  if (!texts.some(runIn)) return;
  // A 印发 notice whose plan is not in the text ("…现将相关工作要求通知如下：" then "二、做好工作对接" over "一是上级
  // 对接。…"): the run-in paragraphs under its parts are its own requirements, asked of every unit, unless one
  // names who does it — a plan's task names its unit, a notice's requirement does not.
  if (noticeOnly && !texts.some((t) => runIn(t) && namesUnits(t, s.kind, ctx))) {
    ctx.guesses.push({ what: `通知后没有计划正文，“${s.title}”下以短标题开头的段落是通知提出的要求，不作措施`, confidence: 0.6 });
    return;
  }
  s.body = s.body.flatMap((b, i) => {
    if (!runIn(texts[i]!)) return [b];
    ctx.guesses.push({ what: `“${s.title}”下以短标题开头的段落“${excerpt(texts[i]!)}”按措施导入`, confidence: 0.6 });
    return measureItems(texts[i]!, s.kind, ctx, {});
  });
}

/** A paragraph read as a measure: its item, and one item a level down for each （1）（2） part written inside it. */
function measureItems(text: string, kind: SectionKind, ctx: BuildContext, opts: { runInTitle?: boolean }): Body {
  const role = (hasUnits: boolean) => itemRole(kind, hasUnits);
  const split = inlinePartItems(makeLine(text), 3, role, ctx.ids, opts);
  const parsed = split?.head ?? makeItem(makeLine(text), 0, 3, role, ctx.ids, opts);
  if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
  if (!split) return [parsed.item];
  ctx.guesses.push({ what: `段落“${excerpt(text)}”内写有 ${split.parts.length} 个（1）（2）……分项，拆为下一级条目`, confidence: 0.7 });
  return [parsed.item, ...split.parts];
}

/** Does the paragraph, read as a measure, name a unit (a lead or a partner)? */
function namesUnits(text: string, kind: SectionKind, ctx: BuildContext): boolean {
  const { item } = makeItem(makeLine(text), 0, 3, (hasUnits) => itemRole(kind, hasUnits), ctx.ids, {});
  return item.leadUnits.length + item.supportUnits.length > 0;
}
