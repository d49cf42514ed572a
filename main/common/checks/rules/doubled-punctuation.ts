import { findingOf, replaceFix, textRule } from './make-rule';

const RULE = { id: 'doubled-punctuation', source: 'GB/T 15834-2011 4' } as const;

/** Point marks that never stand twice in a row (full- and half-width). ？！ together is allowed (4.2, 4.3). */
const POINT = '，。；：、,;:';
const END = '！？!?';
const IS_MARK = new Set([...POINT, ...END]);
const IS_END = new Set([...END]);
const FULL_OF: Record<string, string> = { '!': '！', '?': '？', '！': '！', '？': '？' };

/**
 * 。。 ，， ；。 、， …: two point marks in a row is a slip (GB/T 15834 4: each mark has one use at one
 * place). Repeated identical marks get a fix that keeps one; two different marks are named without a fix
 * (which one was meant is the writer's call).
 */
export const doubledPunctuation = textRule({
  id: 'doubled-punctuation',
  title: '标点重复',
  source: RULE.source,
  scan(unit, emit) {
    const t = unit.text;
    let i = 0;
    while (i < t.length) {
      if (!IS_MARK.has(t[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < t.length && IS_MARK.has(t[j]!)) j++;
      const run = t.slice(i, j);
      const c = run[0]!;
      // ？！ / !? : a question said with force is one allowed pair (GB/T 15834 4.3.4).
      const allowed = run.length === 2 && IS_END.has(c) && IS_END.has(run[1]!) && FULL_OF[c] !== FULL_OF[run[1]!];
      if (run.length >= 2 && !allowed) {
        const same = [...run].every((x) => x === c);
        emit(findingOf(RULE, 'error', `标点重复“${run}”：${same ? `只保留一个“${c}”` : '只保留应有的一个标点'}。`, unit.at(i, j),
          same ? replaceFix(unit, i, j, c, `改为“${c}”`) : undefined));
      }
      i = j;
    }
  },
});
