import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import { excerpt } from './excerpt';
import { makeLine } from './line';
import { makeItem } from './make-item';
import type { BuildContext } from './paragraph-measures';
import { itemRole } from './section-kind';

/** A heading that ends in its own responsibility note: "…项目（牵头单位：A、B）", "…工程（A牵头，B配合）". */
const UNIT_NOTE_END = /[(（][^()（）]{0,12}(牵头|负责|责任单位|责任部门|配合|参与|协办)[^()（）]*[)）]?$/;

/**
 * "（二）老旧小区改造项目（牵头单位：县住建局、某镇）" over "牵头领导:…" / "任务目标:…" paragraphs: a group heading
 * that names its own units is not a group of tasks but the task itself — a 民生实事 or 责任分解 list states each
 * project on one line with who carries it, then its fields (牵头领导, 任务目标, 完成时限) as plain lines. Read as
 * a group, its fields would each become an untitled measure and the project's units would be lost. Only when
 * every group of the part is so (all paragraphs, no items), so a part that mixes groups keeps its layout.
 */
export function unitTitledGroups(top: Section, ctx: BuildContext): void {
  if (top.sections.length === 0 || itemRole(top.kind, false) !== 'measure') return;
  const fits = (s: Section) => s.sections.length === 0 && s.body.every((b) => b.type === 'paragraph') && UNIT_NOTE_END.test(s.title);
  if (!top.sections.every(fits)) return;
  const body: Body = [];
  for (const s of top.sections) {
    const title = /[(（][^)）]*$/.test(s.title) ? `${s.title}）` : s.title;
    const parsed = makeItem(makeLine(title), 0, 2, (hasUnits) => itemRole(top.kind, hasUnits), ctx.ids, { runInTitle: false });
    if (parsed.item.leadUnits.length + parsed.item.supportUnits.length === 0) return;
    if (parsed.notation) ctx.notations.set(parsed.notation, (ctx.notations.get(parsed.notation) ?? 0) + 1);
    ctx.guesses.push({ what: `小标题“${excerpt(s.title)}”写有责任单位，其下各行是该项的说明：按一项措施导入`, confidence: 0.7 });
    body.push(parsed.item, ...s.body);
  }
  top.body.push(...body);
  top.sections = [];
}
