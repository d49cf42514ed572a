import { findingOf, textRule } from './make-rule';

const RULE = { id: 'placeholders', source: '实务：占位符不得留在发出的公文中' } as const;

/**
 * Placeholders a template or a draft leaves behind: ××/XX/ＸＸ/○○/□□/＊＊ runs, an empty 【】 or a 【…】
 * holding an instruction, and 此处填写/请填写/待填写/待补充. 〇 (the numeral zero of 二〇二六) is not a
 * placeholder and is not matched. An error: a document with one cannot be issued.
 */
const PLACEHOLDER = /[×xXＸｘ]{2,}|[○□＊*]{2,}|【\s*】|【[^】]{0,20}(?:填写|输入|待定|补充|××|XX)[^】]{0,20}】|(?:此处|请|待)填写|待补充/g;

export const placeholders = textRule({
  id: 'placeholders',
  title: '未替换的占位符',
  source: RULE.source,
  scan(unit, emit) {
    const t = unit.text;
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(t); m; m = PLACEHOLDER.exec(t)) {
      const s = m[0];
      // xx between Latin letters is a word (e.g. "Xbox"), not a placeholder.
      if (/^[xXｘ]+$/.test(s) && (/[A-Za-z]/.test(t[m.index - 1] ?? '') || /[A-Za-z]/.test(t[m.index + s.length] ?? ''))) continue;
      emit(findingOf(RULE, 'error', `留有占位符“${s}”：请填写实际内容。`, unit.at(m.index, m.index + s.length)));
    }
  },
});
