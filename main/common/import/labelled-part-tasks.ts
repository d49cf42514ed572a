import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import { attachUnitsLine } from './attach-units-line';
import { excerpt } from './excerpt';
import { makeLine, type Line } from './line';
import { makeItem } from './make-item';
import type { BuildContext } from './paragraph-measures';
import { partUnitsLine } from './part-units-line';
import { itemRole } from './section-kind';

/**
 * "一、新建300个公共充电桩项目" / "牵头领导：…" / "牵头单位：县城管执法局" / "责任单位：县城投集团" / "任务目标：…":
 * a 民生实事 or 重点项目 list hands each task down as a titled part whose lines are labelled fields (the leader
 * in charge, the lead and responsible units, the year's objective) and no text of its own. Such a part is one
 * task: its heading the task, its units lines the task's units, its other fields kept as paragraphs under it.
 * A part's units line followed by numbered tasks is the part's assignment instead (`partUnitsLines`): a part
 * here holds labelled lines only. Two such parts at least, so one stray part is not read so; a last part the
 * copy cut after its heading is one more task (reported).
 */
export function labelledPartTasks(sections: readonly Section[], ctx: BuildContext): void {
  const fields = sections.map((s) => (s.sections.length === 0 ? fieldLines(s.body) : null));
  const tasks = fields.filter((f) => f && f.some((l) => partUnitsLine(l.text))).length;
  if (tasks < 2 || fields.some((f, i) => !f && sections[i]!.sections.length === 0 && sections[i]!.body.length > 0)) return;
  sections.forEach((s, i) => {
    const f = fields[i];
    const last = i === sections.length - 1 && s.body.length === 0 && s.sections.length === 0;
    if (!last && !(f && f.some((l) => partUnitsLine(l.text)))) return;
    const parsed = makeItem(makeLine(s.title), 0, 2, (hasUnits) => itemRole(s.kind, hasUnits), ctx.ids, { runInTitle: false });
    const rest: Body = [];
    for (const line of f ?? []) {
      const attached = partUnitsLine(line.text) ? attachUnitsLine(parsed.item, line) : null;
      if (attached) ctx.notations.set(attached.notation, (ctx.notations.get(attached.notation) ?? 0) + 1);
      else rest.push({ type: 'paragraph', children: [{ text: line.text }] });
    }
    s.body = [parsed.item, ...rest];
    ctx.guesses.push(last
      ? { what: `最后一个部分“${excerpt(s.title)}”下没有内容（原文到此为止），按措施导入`, confidence: 0.6 }
      : { what: `“${excerpt(s.title)}”下只有“牵头单位”“责任单位”等栏目，连同标题按一项措施导入`, confidence: 0.7 });
  });
}

// "任务目标：…", "牵头领导：…", "建设内容：…": a field's label, a few characters before a colon.
const FIELD = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;
// The labels a task's fields are written with, found glued after the field before them when a page lost the
// line break between ("责任单位：莲塘镇任务目标：2024年计划…").
const GLUED_FIELD = /(?<=[^\s:：])(任务目标|工作目标|年度目标|建设内容|工作内容|完成时限|完成时间|时间节点|牵头领导|责任领导|牵头单位|责任单位|配合单位)\s*[:：]/;

/** The part's paragraphs as labelled field lines (a glued label split off), or null if one is anything else. */
function fieldLines(body: Body): Line[] | null {
  if (body.length === 0) return null;
  const lines: Line[] = [];
  for (const b of body) {
    if (b.type !== 'paragraph') return null;
    let text = b.children.map((c) => c.text).join('').trim();
    if (!FIELD.test(text)) return null;
    for (let g = GLUED_FIELD.exec(text.slice(3)); g; g = GLUED_FIELD.exec(text.slice(3))) {
      const at = 3 + g.index;
      lines.push(makeLine(text.slice(0, at)));
      text = text.slice(at);
    }
    lines.push(makeLine(text));
  }
  return lines;
}
