import type { Section } from '../model/section';
import type { HeadGuess } from './front-matter';

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
