import type { Finding } from '../finding';
import type { Plan } from '../../model/plan';
import type { PlanRule } from '../rule-registry';
import { findingOf } from './make-rule';
import { CLOSING_ID, PREAMBLE_ID, planBodies } from './plan-bodies';
import { ATTACHMENT_TITLE_FIELD, blockText } from './text-units';

const RULE = { id: 'attachment-note', source: 'GB/T 9704 7.3.4' } as const;

const NOTE_START = /^\s*附\s*件\s*[：:]\s*/;
const NUMBER = /^\s*\d+\s*[.．、]\s*/;
const END_PUNCT = /[。，；、．.,;：:]+$/;
const REF = /附件\s*(\d+)/g;

const norm = (s: string) => s.replace(NUMBER, '').replace(END_PUNCT, '').replace(/\s+/g, '');

/** A 附件说明 typed into the text (closing or preamble): its paragraphs from "附件：" on, one per title. */
function typedNote(plan: Plan): { bodyId: string; start: number; end: number; titles: string[] } | null {
  for (const [bodyId, body] of [[CLOSING_ID, plan.closing], [PREAMBLE_ID, plan.preamble]] as const) {
    let base = 0;
    for (let i = 0; i < body.length; i++) {
      const text = blockText(body[i]!);
      const m = NOTE_START.exec(text);
      if (body[i]!.type === 'paragraph' && m) {
        const titles = [text.slice(m[0].length)];
        let end = base + text.length;
        for (let j = i + 1; j < body.length && body[j]!.type === 'paragraph' && NUMBER.test(blockText(body[j]!)); j++) {
          titles.push(blockText(body[j]!));
          end += 1 + blockText(body[j]!).length;
        }
        return { bodyId, start: base, end, titles: titles.map(norm).filter(Boolean) };
      }
      base += text.length + 1;
    }
  }
  return null;
}

/**
 * 附件说明 [Std 7.3.4]: the export writes it from the plan's attachments, so the checks are that a 附件说明
 * typed into the text agrees with them (count, order, titles), that "附件N" in the text names an
 * attachment that exists, and that an attachment title is present and ends without punctuation.
 */
export const attachmentNote: PlanRule = {
  id: 'attachment-note',
  title: '附件说明与附件',
  source: RULE.source,
  scope: 'plan',
  check(plan) {
    const out: Finding[] = [];
    const atts = plan.attachments;
    for (const a of atts) {
      const where = { sectionId: a.id, field: ATTACHMENT_TITLE_FIELD };
      if (!a.title.trim()) {
        out.push(findingOf(RULE, 'error', '附件没有标题：请填写附件名称。', where));
        continue;
      }
      const m = END_PUNCT.exec(a.title.trimEnd());
      if (m) {
        out.push(findingOf(RULE, 'warning', `附件名称“${a.title}”后不加标点符号。`, { ...where, start: m.index, end: m.index + m[0].length },
          { kind: 'replace-text', label: `删除“${m[0]}”`, start: m.index, end: m.index + m[0].length, text: '' }));
      }
    }
    const note = typedNote(plan);
    if (note) {
      const want = atts.map((a) => norm(a.title));
      const where = { sectionId: note.bodyId, start: note.start, end: note.end };
      if (note.titles.length !== want.length) {
        out.push(findingOf(RULE, 'error', `附件说明列了${note.titles.length}个附件，实际有${want.length}个附件：请核对。`, where));
      } else {
        note.titles.forEach((t, i) => {
          if (t === want[i]) return;
          const at = want.indexOf(t);
          out.push(findingOf(RULE, 'error', at >= 0
            ? `附件说明第${i + 1}项“${t}”是第${at + 1}个附件：顺序与附件不一致。`
            : `附件说明第${i + 1}项“${t}”与附件${i + 1}的名称“${want[i]}”不一致。`, where));
        });
      }
    }
    for (const ref of planBodies(plan)) {
      if (ref.attachment) continue;
      let base = 0;
      for (const block of ref.body) {
        const text = blockText(block);
        if (text.includes('附件')) {
          REF.lastIndex = 0;
          for (let m = REF.exec(text); m; m = REF.exec(text)) {
            const n = Number(m[1]);
            if (n >= 1 && n <= atts.length) continue;
            const at = block.type === 'item' ? { sectionId: ref.id, itemId: block.id, start: m.index, end: m.index + m[0].length }
              : { sectionId: ref.id, start: base + m.index, end: base + m.index + m[0].length };
            out.push(findingOf(RULE, 'error', `正文提到“${m[0]}”，但计划只有${atts.length}个附件。`, at));
          }
        }
        base += text.length + 1;
      }
    }
    return out;
  },
};
