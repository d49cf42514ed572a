import type { Plan } from '../model/plan';
import type { Finding } from './finding';
import { textAt } from './finding-text';

/** Characters of context on each side of the flagged text that the key keeps. */
const CONTEXT = 4;

/**
 * A finding's stable key, for 忽略: the rule, the place (field, item or body — never offsets) and the
 * flagged text with a little context, so typing elsewhere (even in the same body) keeps the ignore,
 * and changing the flagged words themselves brings the finding back. A finding without a range is
 * keyed by its message (a missing unit, an empty section: what it says is what it is about).
 */
export function findingKey(plan: Plan, f: Finding): string {
  const w = f.where;
  const place = [w.field ?? '', w.itemId ?? w.sectionId ?? ''].join('@');
  let what = f.message;
  if (w.start !== undefined && w.end !== undefined) {
    const text = textAt(plan, w);
    if (text !== null) {
      // Context stops at a block boundary: an edit in the next paragraph must not change the key.
      const before = text.slice(Math.max(0, w.start - CONTEXT), w.start).split('\n').pop();
      const after = text.slice(w.end, w.end + CONTEXT).split('\n')[0];
      what = `${before}[${text.slice(w.start, w.end)}]${after}`;
    }
  }
  return `${f.rule}|${place}|${what}`.slice(0, 400);
}
