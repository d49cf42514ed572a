import type { SectionKind } from '../model/section';
import { hasFigure } from './has-figure';
import { fold } from './line';
import { sectionKind } from './section-kind';

/** Kinds whose run-in item frames the plan (its approach, principles, requirements) rather than assigning work. */
const FRAME: ReadonlySet<SectionKind> = new Set<SectionKind>(['ideology', 'principles', 'requirements']);

/**
 * The frame kind a run-in item names when no part heading stands above it. A plan written with (一)(二) and
 * no 一、 ("(一)工作思路。以…为指导…" / "(二)主要目标。…") opens with its frame as numbered items; they read
 * as the 总体要求 part would, not as measures. Null for anything else (a task's own title).
 */
function runInTitleKind(text: string): SectionKind | null {
  const m = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?\s*([^。.:：,，;；]{2,8})[。.:：]/.exec(text);
  if (!m) return null;
  const kind = sectionKind(m[1]!);
  // "(二)明确“两大目标”。一是…努力争取。二是…力争全市第一": aims named without a figure are no targets (an aim
  // without a figure stays a paragraph) and no task either: they frame the plan.
  if (kind === 'targets' && !hasFigure(fold(text.slice(m[0].length)))) return 'requirements';
  return FRAME.has(kind) ? kind : null;
}

/** A task's run-in title: a verb of work, then its object ("优化产业布局。", "加强扬尘管控。"). */
const TASK_TITLE = /^(?:[(（][一二三四五六七八九十]{1,3}[)）])?\s*((?:优化|加强|推进|强化|完善|实施|开展|加快|深化|建立|健全|提升|推动|严格|调整|构建|打造|控制|整治|治理)[^。.:：,，;；]{2,10})[。.:：]/;

/** A part that names both its aims and its tasks ("二、目标任务", "目标与任务"). */
const TARGETS_AND_TASKS = /目标(和|与|及|、)?任务/;

/**
 * "二、目标任务" over "1.创新商业业态模式。鼓励发展…": a part that names its tasks beside its aims lists both; an item
 * with a run-in title and no figure is one of its tasks, not a target (a target states its figure).
 */
function taskUnderTargetsAndTasks(text: string, sectionTitle: string): boolean {
  if (!TARGETS_AND_TASKS.test(sectionTitle)) return false;
  const m = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?\s*[^。.:：,，;；]{2,16}[。.:：]/.exec(text);
  return m !== null && !hasFigure(fold(text));
}

/**
 * "一、明确发展目标" over "（一）目标要求。以习近平新时代中国特色社会主义思想为指导，…提供有力支撑。": the guiding thought a
 * plan states first ("以…为指导/为统领") frames it, as 指导思想 does, wherever it stands; a target states a figure.
 */
const GUIDING = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])?\s*(?:[^。.:：,，;；]{2,8}[。.:：])?\s*(?:坚持|始终)?以[^。;；]{2,40}?为(?:指导|统领|引领|遵循)/;

function guidingThought(text: string): boolean {
  const m = GUIDING.exec(text);
  return m !== null && !hasFigure(fold(text.slice(m[0].length).split(/[。;；]/)[0] ?? ''));
}

/**
 * The kind an item is read under. Under a 总体要求 part a run-in item titled as a task ("(三)优化产业布局。2018年,
 * 完成…") is one: a copy that lost the next part's heading (二、…) leaves the tasks under the frame, and a frame
 * item names itself (指导思想, 目标, 原则) rather than a piece of work.
 */
export function itemKind(section: SectionKind | null, text: string, sectionTitle = ''): SectionKind | null {
  if (section === null) return runInTitleKind(text);
  // "一、全面推进标准化战略,促进…" over "(一)总体要求。以…为指导" / "(二)发展目标。到2025年,…": a first part titled as
  // a task may hold the plan's frame; its run-in items that name the frame are not tasks.
  if (section === 'other') return runInTitleKind(text) ?? section;
  if (section === 'targets') return taskUnderTargetsAndTasks(text, sectionTitle) ? 'measures' : guidingThought(text) ? 'ideology' : section;
  if (section !== 'requirements') return section;
  const task = TASK_TITLE.exec(text);
  return task && sectionKind(task[1]!) === 'other' ? 'other' : section;
}

/**
 * The kind an item's role is read under once its units are known. Under a part that names both aims and tasks
 * ("…主要目标任务分解清单", "二、目标任务") an item that carries its own responsible units is a task even with a
 * figure: a 目标任务 decomposition hands each figure to the units that must reach it ("生产总值增长7.5%左右。（发改局、
 * 各部门按职责分工负责）"), while a plan's aims stand without units. A plain 目标 part keeps its items as targets.
 */
export function kindWithUnits(kind: SectionKind | null, hasUnits: boolean, sectionTitle = ''): SectionKind | null {
  return kind === 'targets' && hasUnits && TARGETS_AND_TASKS.test(sectionTitle) ? 'measures' : kind;
}
