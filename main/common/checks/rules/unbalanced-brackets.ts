import { findingOf, textRule } from './make-rule';

const RULE = { id: 'unbalanced-brackets', source: 'GB/T 15834-2011 4.9, 4.1, 4.15' } as const;

/** Opening mark → its family; half- and full-width parentheses pair with each other (width is another rule). */
const OPEN: Record<string, string> = { '（': 'p', '(': 'p', '《': 'b', '〈': 'a', '“': 'q', '‘': 's', '【': 'l', '〔': 'h', '[': 'k', '［': 'k' };
const CLOSE: Record<string, string> = { '）': 'p', ')': 'p', '》': 'b', '〉': 'a', '”': 'q', '’': 's', '】': 'l', '〕': 'h', ']': 'k', '］': 'k' };
const NAME: Record<string, string> = { p: '括号', b: '书名号', a: '书名号', q: '引号', s: '引号', l: '括号', h: '六角括号', k: '方括号' };

/**
 * Paired marks (括号, 书名号, 引号) open and close within one paragraph, item or title. Each unmatched
 * mark is named at its place. Quotes spanning paragraphs are rare in a plan and would be named; an error.
 */
export const unbalancedBrackets = textRule({
  id: 'unbalanced-brackets',
  title: '括号、引号、书名号不成对',
  source: RULE.source,
  scan(unit, emit) {
    const t = unit.text;
    const stack: Array<{ family: string; at: number }> = [];
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      const open = OPEN[c];
      if (open) {
        stack.push({ family: open, at: i });
        continue;
      }
      const close = CLOSE[c];
      if (!close) continue;
      let k = stack.length - 1;
      while (k >= 0 && stack[k]!.family !== close) k--;
      if (k < 0) {
        emit(findingOf(RULE, 'error', `“${c}”没有对应的前${NAME[close]}：补上前${NAME[close]}或删除它。`, unit.at(i, i + 1)));
        continue;
      }
      // Marks opened inside the pair and never closed are unmatched.
      const removed = stack.splice(k);
      for (let r = 1; r < removed.length; r++) reportOpen(removed[r]!);
    }
    for (const s of stack) reportOpen(s);
    function reportOpen(s: { family: string; at: number }): void {
      emit(findingOf(RULE, 'error', `“${t[s.at]}”没有对应的后${NAME[s.family]}：补上后${NAME[s.family]}或删除它。`, unit.at(s.at, s.at + 1)));
    }
  },
});
