import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import type { IdMaker } from './id-maker';
import { makeLine } from './line';
import { makeItem } from './make-item';

/** A heading line's rest is a heading (not a run-in item) when it is one short phrase. */
export function isHeadingText(m: string): boolean {
  const stop = m.search(/[。](?!$)/);
  return stop < 0 && m.length <= 40;
}

/**
 * The part's （n） lines so far were measures (run-in, with units) and none opened a group: a short （n）
 * line among them ("（七）抓紧推进会展中心二期", a copy cut inside it) is one more measure, not a group heading
 * (siblings of one part are of one kind). Reported in `guesses` when it applies.
 */
export function amongMeasures(top: Section | null, guesses: HeadGuess[]): boolean {
  if (!top || top.sections.length > 0) return false;
  const measures = top.body.filter((b) => b.type === 'item' && b.level === 2 && b.role === 'measure');
  if (measures.length < 2) return false;
  guesses.push({ what: '本部分前面的（一）（二）……都是措施，后面较短的一项也按措施导入，而不是小标题', confidence: 0.7 });
  return true;
}

/** The part's last group, a heading with nothing under it at the copy's end, read as the task it titles. */
export function lastHeadingAsMeasure(top: Section, ids: IdMaker): void {
  const last = top.sections.pop()!;
  top.body.push(makeItem(makeLine(last.title), 0, 2, () => 'measure', ids).item);
}

/**
 * "（一）深入推进“四大战略”信息公开。聚焦……" then "（二）深入推进教育、科技、人才支撑信" where the copy ends: the
 * last （n） line, cut before its 。, has nothing under it and follows a run-in measure of the same part — it
 * is that part's next measure, not a group heading (a heading with nothing under it ends no plan).
 */
export function cutHeadingAmongMeasures(sections: Section[], ids: IdMaker, guesses: HeadGuess[]): void {
  const top = sections[sections.length - 1];
  const last = top?.sections[top.sections.length - 1];
  if (!top || !last || top.sections.length !== 1 || last.body.length > 0 || last.sections.length > 0) return;
  // "四、X" over "（四）X" alone (a part holding the one task it is named after, as the app's export prints a
  // 民生实事 list) is that task, whatever came before.
  const sameTitle = last.title === top.title;
  if (!sameTitle && !top.body.some((b) => b.type === 'item' && b.level === 2 && b.role === 'measure')) return;
  lastHeadingAsMeasure(top, ids);
  guesses.push({ what: `文末的“${last.title}”下面没有内容，前面同级各项都是措施，按措施导入（原文可能在此截断）`, confidence: 0.6 });
}

/**
 * "(一)支持开展促消费活动。" as the copy's last line: a heading ends in no full stop, so a last （n） line that
 * does, with nothing under it, is a run-in measure title the copy cut right after its stop (a measure, not
 * a group heading), whatever its siblings were. Nor does a heading end in a comma: "(一)构建就业友好型发展方式,"
 * is a run-in sentence the copy cut after its first clause.
 */
export function cutRunInTitleAtEnd(sections: Section[], lastLine: string | undefined, ids: IdMaker, guesses: HeadGuess[]): void {
  const top = sections[sections.length - 1];
  const last = top?.sections[top.sections.length - 1];
  if (!top || !last || last.body.length > 0 || last.sections.length > 0) return;
  if (!lastLine || !/[。，,；;]\s*$/.test(lastLine) || !lastLine.includes(last.title)) return;
  lastHeadingAsMeasure(top, ids);
  guesses.push({ what: `文末的“${lastLine.trim()}”以标点结束、下面没有内容，是被截断的措施（不是小标题），按措施导入`, confidence: 0.6 });
}
