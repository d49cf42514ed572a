import type { Body } from '../model/element-types';
import type { Item } from '../model/item';
import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';
import { fold } from './line';

/**
 * "关于组织撰写…分析报告的通知" / "关于报送…材料的通知" / "关于征集…的通知": a 通知 issued as it is that calls on
 * its recipients to write, fill in or send something in. Its numbered lines are the call's own instructions
 * (what to write, which office writes which report, the data rules, the deadline), not tasks of a plan:
 * "(一)市统计局有关单位负责结合本专业撰写…" under 责任分工 says who writes what. Only when the notice
 * announces its arrangements ("现将有关事项通知如下：") and no item names a unit (a plan's tasks carry them).
 */
const CALL_TITLE = /^关于(组织|做好|开展)?.{0,4}(撰写|编写|报送|填报|上报|征集|提交|推荐)/;
const ANNOUNCES = /(有关)?(事项|事宜|要求)通知如下[:：]?$/;

function itemsOf(body: Body, sections: readonly Section[]): Item[] {
  const own = body.filter((b): b is Item => b.type === 'item');
  return [...own, ...sections.flatMap((s) => itemsOf(s.body, s.sections))];
}

/** The measures of a notice calling for reports (see CALL_TITLE) become points; reported as a guess. */
export function callForReportsNotMeasures(title: string | null, isWrapper: boolean, preamble: Body, sections: readonly Section[], guesses: HeadGuess[]): void {
  if (isWrapper || !title || !/通知$/.test(title) || !CALL_TITLE.test(fold(title).replace(/\s/g, ''))) return;
  const opening = preamble.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.children.map((l) => l.text).join('') : ''));
  if (!ANNOUNCES.test(fold(opening[opening.length - 1] ?? '').trim())) return;
  const measures = itemsOf(preamble, sections).filter((i) => i.role === 'measure');
  if (measures.length === 0 || measures.some((i) => i.leadUnits.length + i.supportUnits.length > 0)) return;
  for (const m of measures) m.role = 'point';
  guesses.push({ what: `这是一份布置撰写、报送材料的通知，${measures.length} 个编号条目是通知自身的安排，不作措施`, confidence: 0.6 });
}
