import type { DocumentAttachment } from './attachment';
import type { Body } from './element-types';
import type { ItemLevel, ItemRole } from './item';
import type { NumberingMode } from './meta';
import type { Plan } from './plan';
import type { Section } from './section';

export type NumberingScheme = 'plan' | 'regulation';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一 (GB/T 15835 Chinese numerals for headings). */
function chinese(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zeroPending = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zeroPending = out.length > 0;
      return;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    out += DIGITS[d]! + unit;
  });
  // 十一 rather than 一十一 when the number starts in the tens.
  return digits.length === 2 && out.startsWith('一十') ? out.slice(1) : out;
}

/** GB/T 9704 7.3.3: 一、 （一） 1. （1）; regulation style: 第X章 第X节 第X条 （一）. */
function label(level: ItemLevel, n: number, scheme: NumberingScheme = 'plan'): string {
  if (scheme === 'regulation') {
    switch (level) {
      case 1: return `第${chinese(n)}章`;
      case 2: return `第${chinese(n)}节`;
      case 3: return `第${chinese(n)}条`;
      case 4: return `（${chinese(n)}）`;
    }
  }
  switch (level) {
    case 1: return `${chinese(n)}、`;
    case 2: return `（${chinese(n)}）`;
    case 3: return `${n}.`;
    case 4: return `（${n}）`;
  }
}

/**
 * What stands between a label and its text. A regulation's 第X章 / 第X节 heading and its 第X条 are followed by
 * a full-width space (第一章　总则, 第一条　为…) [Prac]; the plan's labels end in their own mark (、 ） .).
 */
function gap(scheme: NumberingScheme, level: ItemLevel, kind: 'heading' | 'item'): string {
  return scheme === 'regulation' && (kind === 'heading' || level === 3) ? '\u3000' : '';
}

/**
 * Item counters. Targets count on their own sequence: seed 000 numbers its 工作目标 1–4 and then its
 * measures 1–23, while seed 003 numbers points (指导思想, 主要目标) and measures as one sequence 1–32.
 */
class Counters {
  private readonly counts = new Map<string, number>();
  next(level: ItemLevel, role: ItemRole): number {
    const family = role === 'target' ? 't' : 'm';
    const key = `${family}${level}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    // A shallower item restarts every deeper level: 1. (1) (2) 2. (1)
    for (let deeper = level + 1; deeper <= 4; deeper++) {
      this.counts.delete(`t${deeper}`);
      this.counts.delete(`m${deeper}`);
    }
    return n;
  }
  reset(): void {
    this.counts.clear();
  }
}

function numberBody(body: Body, counters: Counters, scheme: NumberingScheme, out: Map<string, string>): void {
  for (const block of body) {
    if (block.type !== 'item') continue;
    out.set(block.id, label(block.level, counters.next(block.level, block.role), scheme));
  }
}

function numberSections(
  sections: readonly Section[], mode: NumberingMode, scheme: NumberingScheme, counters: Counters, out: Map<string, string>,
): void {
  sections.forEach((top, i) => {
    out.set(top.id, label(1, i + 1, scheme));
    if (mode === 'per-section') counters.reset();
    numberBody(top.body, counters, scheme, out);
    top.sections.forEach((sub, j) => {
      out.set(sub.id, label(2, j + 1, scheme));
      if (mode === 'per-section') counters.reset();
      numberBody(sub.body, counters, scheme, out);
    });
  });
}

/** Derived numbering: nothing stores numerals as text (docs/plan-format.md#rules-the-format-keeps rules). */
export const Numbering = {
  gap,
  chinese,
  label,
  /** Labels for every section and item of the plan body, keyed by id. */
  plan(plan: Plan): Map<string, string> {
    const out = new Map<string, string>();
    const counters = new Counters();
    numberBody(plan.preamble, counters, 'plan', out);
    numberSections(plan.sections, plan.meta.numbering, 'plan', counters, out);
    numberBody(plan.closing, counters, 'plan', out);
    if (plan.notice) numberBody(plan.notice.body, new Counters(), 'plan', out);
    for (const a of plan.attachments) {
      if (a.kind === 'document') Numbering.attachment(a, plan.meta.numbering, out);
      if (a.kind === 'table') numberBody(a.body, new Counters(), 'plan', out);
    }
    return out;
  },
  /** A regulation (办法) numbers its 条 on through every 章, whatever the plan's mode. */
  attachment(a: DocumentAttachment, mode: NumberingMode, out = new Map<string, string>()): Map<string, string> {
    const scheme = a.numberingScheme;
    numberSections(a.sections, scheme === 'regulation' ? 'continuous' : mode, scheme, new Counters(), out);
    return out;
  },
};
