import type { Body } from '../model/element-types';
import type { Section } from '../model/section';

/** Trailing "各…确保…" paragraphs of the last section are the plan's closing. */
export function closingParagraphs(sections: readonly Section[]): Body {
  const last = sections[sections.length - 1];
  const s = last?.sections[last.sections.length - 1] ?? last;
  if (!s) return [];
  const out: Body = [];
  while (s.body.length > 1) {
    const b = s.body[s.body.length - 1]!;
    if (b.type !== 'paragraph') break;
    const t = b.children.map((l) => l.text).join('');
    if (!/^各/.test(t) || !/(确保|確保|落实|落實|完成)/.test(t)) break;
    const prev = s.body[s.body.length - 2]!;
    if (prev.type !== 'item' && out.length === 0) break;
    out.unshift(s.body.pop()!);
  }
  return out;
}
