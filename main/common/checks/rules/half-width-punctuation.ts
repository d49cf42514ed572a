import { findingOf, replaceFix, textRule } from './make-rule';
import { isCjkOrCjkPunct } from './text-units';

const RULE = { id: 'half-width-punctuation', source: 'GB/T 15834-2011 5.1' } as const;

/** Half-width mark → its full-width form in Chinese text. Code-indexed: one array read per character. */
const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const IS_MARK = new Uint8Array(128);
for (const c of Object.keys(FULL)) IS_MARK[c.charCodeAt(0)] = 1;

/**
 * A half-width , ; : ? ! ( ) touching Chinese text: GB/T 15834 5.1 has Chinese marks take one character
 * space (full width). Only marks next to a CJK character count — `8:30`, `1,000` and English text are
 * left alone; `(2011—2020年)` after a Chinese word is named at both ends. A warning: layout, not meaning.
 */
export const halfWidthPunctuation = textRule({
  id: 'half-width-punctuation',
  title: '中文里的半角标点',
  source: RULE.source,
  scan(unit, emit) {
    const t = unit.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 128 || IS_MARK[c] === 0) continue;
      const prev = i > 0 ? t.charCodeAt(i - 1) : 0;
      const next = i + 1 < t.length ? t.charCodeAt(i + 1) : 0;
      if (!isCjkOrCjkPunct(prev) && !isCjkOrCjkPunct(next)) continue;
      const half = t[i]!;
      const full = FULL[half]!;
      // `建设, 构建`: the space typed after a half-width mark goes with it (a full-width mark has its own).
      const end = half !== '(' && t[i + 1] === ' ' && isCjkOrCjkPunct(t.charCodeAt(i + 2)) ? i + 2 : i + 1;
      emit(findingOf(RULE, 'warning', `中文里用了半角标点“${half}”：改为全角“${full}”。`, unit.at(i, end), replaceFix(unit, i, end, full, `改为“${full}”`)));
    }
  },
});
