import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import type { IdMaker } from './id-maker';
import { lastHeadingAsMeasure } from './among-measures';
import { itemRole } from './section-kind';

/**
 * The labels a plan writes under a task or an action's heading, before its text: who leads it (牵头领导,
 * 牵头单位), who does it (责任单位), who helps (配合单位), by when (完成时限).
 */
const LABELS = ['牵头领导', '牵头单位', '牵头部门', '责任领导', '责任单位', '责任部门', '责任人', '配合单位', '配合部门', '协办单位', '完成时限'];

/** "牵头领", "责任单位:" with nothing after it: the start of such a label, cut by the copy's end. */
function isCutLabel(m: string): boolean {
  const t = m.trim().replace(/:$/, '');
  return t.length >= 2 && LABELS.some((l) => l.startsWith(t));
}

/**
 * "（一）实施提升政务服务满意度专项行动" then "牵头领" where the copy ends: an action's heading over the first
 * characters of its 牵头领导/牵头单位 line — the copy was cut inside the heading's own notes, before any task
 * under it. A heading with nothing under it ends no plan: it is read as the task the copy cut (a measure
 * titled by the heading, as `cutRunInTitleAtEnd` reads a last （n） line closed by 。), the label fragment
 * dropped (it names no one). Reported as a guess.
 */
export function cutLabelAtEnd(sections: Section[], lastLine: string | undefined, ids: IdMaker, guesses: HeadGuess[]): void {
  const top = sections[sections.length - 1];
  const last = top?.sections[top.sections.length - 1];
  if (!top || !last || last.sections.length > 0 || last.body.length !== 1 || !lastLine || !isCutLabel(lastLine)) return;
  const only = last.body[0]!;
  if (only.type !== 'paragraph' || only.children.map((l) => l.text).join('').trim() !== lastLine.trim()) return;
  if (itemRole(last.kind, false) !== 'measure') return;
  lastHeadingAsMeasure(top, ids);
  guesses.push({ what: `文末的“${last.title}”下只有半行“${lastLine.trim()}”（责任单位一栏被截断），按被截断的措施导入`, confidence: 0.6 });
}
