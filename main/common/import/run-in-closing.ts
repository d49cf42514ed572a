import type { Body } from '../model/element-types';
import type { Section } from '../model/section';

/**
 * "十、进一步提升人才服务功能。构建…" / "对于同一项目…按照“就高不重复”原则兑现。" / "本政策自发布之日起施行。":
 * a list of run-in "一、" items (each one paragraph) closed by a sentence or two of the document's own. Those
 * sentences sit in the last part's body after its item; taken off (and returned) so the parts read as the
 * items they are. Only when every other part is one run-in paragraph and the tail is short (≤ 3 paragraphs).
 */
export function takeRunInClosing(sections: readonly Section[], isRunIn: (s: Section) => boolean): Body {
  const last = sections[sections.length - 1];
  if (sections.length < 3 || !last || !isRunIn(last) || last.sections.length > 0) return [];
  if (last.body.length < 2 || last.body.length > 4 || last.body.some((b) => b.type !== 'paragraph')) return [];
  const others = sections.slice(0, -1);
  if (!others.every((s) => isRunIn(s) && s.sections.length === 0 && s.body.length === 1 && s.body[0]!.type === 'paragraph')) return [];
  return last.body.splice(1);
}
