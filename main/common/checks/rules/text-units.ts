import type { FindingWhere } from '../finding';
import type { Block } from '../../model/element-types';
import type { Item } from '../../model/item';
import type { Plan } from '../../model/plan';
import type { BodyRef } from './plan-bodies';

/** `where.field` of a section's title (the body's own `sectionId` with it) and of an attachment's title. */
export const SECTION_TITLE_FIELD = 'sectionTitle';
export const ATTACHMENT_TITLE_FIELD = 'attachmentTitle';

/**
 * A run of text a text rule scans, and how to point into it: `at(start, end)` gives the finding's
 * `where` for [start, end) of `text` (finding.ts: item offsets index the item's text, paragraph offsets
 * the body's text, blocks joined by "\n", a table an empty block).
 */
export interface TextUnit {
  text: string;
  item: Item | null;
  block: Block | null;
  at(start: number, end: number): FindingWhere;
}

export function blockText(block: Block): string {
  if (block.type === 'table') return '';
  let s = '';
  for (const leaf of block.children) s += leaf.text;
  return s;
}

/** The titles and blocks of a body unit, with offsets as finding.ts defines them. */
export function bodyTextUnits(ref: BodyRef): TextUnit[] {
  const out: TextUnit[] = [];
  const sectionId = ref.id;
  if (ref.section) {
    const text = ref.section.title;
    out.push({ text, item: null, block: null, at: (start, end) => ({ sectionId, field: SECTION_TITLE_FIELD, start, end }) });
  } else if (ref.attachment) {
    const text = ref.attachment.title;
    out.push({ text, item: null, block: null, at: (start, end) => ({ sectionId, field: ATTACHMENT_TITLE_FIELD, start, end }) });
  }
  let base = 0;
  for (const block of ref.body) {
    const text = blockText(block);
    if (block.type === 'item') {
      const itemId = block.id;
      out.push({ text, item: block, block, at: (start, end) => ({ sectionId, itemId, start, end }) });
    } else if (block.type === 'paragraph') {
      const b = base;
      out.push({ text, item: null, block, at: (start, end) => ({ sectionId, start: b + start, end: b + end }) });
    }
    base += text.length + 1;
  }
  return out;
}

/** The plan's own titles (meta title, notice title): text rules check them as well. */
export function metaTextUnits(plan: Plan): TextUnit[] {
  const out: TextUnit[] = [
    { text: plan.meta.title, item: null, block: null, at: (start, end) => ({ field: 'title', start, end }) },
  ];
  if (plan.notice) {
    out.push({ text: plan.notice.title, item: null, block: null, at: (start, end) => ({ field: 'noticeTitle', start, end }) });
  }
  return out;
}

/** The start of a text for a message: at most `n` characters, an ellipsis when cut. */
export function quoteStart(text: string, n = 20): string {
  const t = text.trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

/** Is this UTF-16 code unit a CJK ideograph (Unified, Ext A, Compatibility)? */
export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** CJK ideograph or full-width CJK punctuation (、。〈〉《》「」“” ，：；（）…). */
export function isCjkOrCjkPunct(code: number): boolean {
  return isCjk(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff60) || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x2026 || code === 0x2014;
}
