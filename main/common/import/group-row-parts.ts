import type { Body } from '../model/element-types';
import type { Section } from '../model/section';
import { parseChineseNumber } from './chinese-number';
import type { HeadGuess } from './front-matter';
import type { IdMaker } from './id-maker';
import { sectionKind } from './section-kind';

/** A task table's group row read as a paragraph: "一、夯实质量基础" (a short title, no sentence in it). */
const GROUP_ROW = /^([一二三四五六七八九十]{1,3})、\s*([^。；;！!？?]{2,40}?)[。：:]?$/;

const textOf = (b: Body[number]) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('').trim() : '');

/**
 * A plan that is a 任务分解表 and nothing else (a sheet from Excel, a Word file holding only the table): its
 * group rows "一、…", "二、…" are the plan's parts, and the rows under each their measures. The table reader
 * keeps a group row as a paragraph between its measures, which leaves such a plan with no part at all (no
 * navigation, every task in the preamble). Applies only with no heading in the text, two group rows or more
 * numbered in order from 一, each right above a measure; the preamble keeps what precedes them.
 */
export function groupRowParts(preamble: Body, sections: Section[], ids: IdMaker, guesses: HeadGuess[]): boolean {
  if (sections.length > 0) return false;
  const starts: number[] = [];
  for (let i = 0; i < preamble.length; i++) {
    const m = GROUP_ROW.exec(textOf(preamble[i]!));
    if (m && parseChineseNumber(m[1]!) === starts.length + 1) starts.push(i);
  }
  const aboveTasks = starts.every((at) => preamble[at + 1]?.type === 'item');
  if (starts.length < 2 || !aboveTasks) return false;
  const parts: Section[] = starts.map((at, k) => {
    const title = GROUP_ROW.exec(textOf(preamble[at]!))![2]!.trim();
    const kind = sectionKind(title);
    return {
      id: ids.next('s'), level: 1, kind: kind === 'other' ? 'measures' : kind, title, assignee: null,
      body: preamble.slice(at + 1, starts[k + 1] ?? preamble.length), sections: [],
    };
  });
  preamble.splice(starts[0]!);
  sections.push(...parts);
  guesses.push({ what: `原文是一张任务分解表，其中的分组行“一、”“二、”……按 ${parts.length} 个部分导入，各行任务归入所在部分`, confidence: 0.75 });
  return true;
}
