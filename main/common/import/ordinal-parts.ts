import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import { parseChineseNumber } from './chinese-number';
import type { HeadGuess } from './front-matter';
import type { IdMaker } from './id-maker';
import { makeLine } from './line';
import { makeItem } from './make-item';

/** "一是扎实推进产业强镇。乡村振兴,产业先行。…": a part written run-in, opened by its ordinal 一是, 二是 … */
const ORDINAL = /^([一二三四五六七八九十]{1,3})是([^。，,；;：:]{2,30})。/;

const textOf = (b: Body[number]) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('') : '');

/**
 * A plan with no heading whose parts are paragraphs opening "一是…。", "二是…。" in order (a town's 工作计划): each
 * such paragraph starts a part titled by its run-in title, its text the part's intro, and the items after it
 * (the numbered projects) the part's measures. A part with no item under it is written run-in whole: its text
 * is its measure. Applies only with two parts or more in order from 一是; the preamble keeps what precedes them.
 */
export function ordinalParts(preamble: Body, sections: Section[], ids: IdMaker, guesses: HeadGuess[], noticeOnly = false): boolean {
  const starts: number[] = [];
  for (let i = 0; i < preamble.length; i++) {
    const m = ORDINAL.exec(textOf(preamble[i]!));
    if (m && parseChineseNumber(m[1]!) === starts.length + 1) starts.push(i);
  }
  if (starts.length < 2 || sections.length > 0) return false;
  // A 印发 notice whose plan is not in the text ("…现将相关工作要求通知如下：" then "一是高度重视。…" … "四是严格落实。…"):
  // the ordinals are the notice's own requirements, asked of every unit, unless one names who does it.
  if (noticeOnly && !starts.some((at) => namesUnits(textOf(preamble[at]!), ids))) {
    guesses.push({ what: `通知后没有计划正文，${starts.length} 段“一是”“二是”……是通知提出的要求，按通知正文保留`, confidence: 0.6 });
    return false;
  }
  const parts: Section[] = starts.map((at, k) => {
    const text = textOf(preamble[at]!);
    const m = ORDINAL.exec(text)!;
    const under = preamble.slice(at + 1, starts[k + 1] ?? preamble.length);
    const rest = text.slice(m[0].length);
    const body: Body = under.some((b) => b.type === 'item')
      ? [...(rest ? [{ type: 'paragraph' as const, children: [{ text: rest }] }] : []), ...under]
      : [makeItem(makeLine(text.slice(m[1]!.length + 1)), 0, 2, () => 'measure', ids).item, ...under];
    return { id: ids.next('s'), level: 1, kind: 'measures', title: m[2]!, assignee: null, body, sections: [] };
  });
  headingAbove(preamble, starts[0]!, guesses);
  preamble.splice(starts[0]!);
  sections.push(...parts);
  guesses.push({ what: `原文各部分以“一是”“二是”……开头（没有“一、”等标题），按 ${parts.length} 个部分导入`, confidence: 0.7 });
  return true;
}

/**
 * "(三)突出“五大重点”" right above "一是…" / "二是…": a numbered line that is only a title (no sentence) heads the
 * parts after it; it is no task of its own (its parts are). Kept in the preamble as a point, reported.
 */
function headingAbove(preamble: Body, first: number, guesses: HeadGuess[]): void {
  const above = preamble[first - 1];
  if (above?.type !== 'item' || above.role !== 'measure' || above.leadUnits.length + above.supportUnits.length > 0) return;
  const text = above.children.map((c) => c.text).join('');
  if (text.length > 30 || /[。;；:：!！?？]/.test(text)) return;
  above.role = 'point';
  guesses.push({ what: `“${text}”只是标题，其下是“一是”“二是”……各部分，不作措施`, confidence: 0.7 });
}

/** Does the paragraph, read as a measure, name a unit (a lead or a partner)? */
function namesUnits(text: string, ids: IdMaker): boolean {
  const { item } = makeItem(makeLine(text), 0, 2, () => 'measure', ids);
  return item.leadUnits.length + item.supportUnits.length > 0;
}
