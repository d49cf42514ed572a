import { Traditional } from '../../import/traditional';
import type { Finding } from '../finding';
import type { BodyRule, CheckContext } from '../rule-registry';
import type { Plan } from '../../model/plan';
import { findingOf, replaceFix, textRule } from './make-rule';

const RULE = { id: 'traditional-chars', source: '国家通用语言文字法 第九条' } as const;

function simplify(text: string, ctx: CheckContext): string {
  return ctx.simplify ? ctx.simplify(text) : Traditional.fold(text);
}

/** Index of the first and one past the last traditional-only character of `t`, or null. */
function traditionalSpan(t: string): [number, number] | null {
  const folded = Traditional.fold(t);
  let first = -1;
  let last = -1;
  for (let i = 0; i < t.length; i++) {
    if (folded.charCodeAt(i) === t.charCodeAt(i)) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last + 1];
}

/**
 * 繁体字 in a 公文: state organs write 规范汉字 (the simplified standard). One finding per paragraph,
 * item or title, spanning its first to last traditional-only character (so a wholly traditional plan
 * gives one per paragraph, not thousands), with a 繁→简 fix for that span. Responsible units written in
 * traditional characters are named on the item with a set-units fix.
 */
const textPart = textRule({
  id: 'traditional-chars',
  title: '繁体字',
  source: RULE.source,
  scan(unit, emit, ctx) {
    const span = traditionalSpan(unit.text);
    if (span) {
      const [start, end] = span;
      const found = Traditional.scan(unit.text.slice(start, end)).sample.join('');
      emit(findingOf(RULE, 'error', `有繁体字（${found}）：公文应使用规范汉字，改为简体。`, unit.at(start, end), replaceFix(unit, start, end, simplify(unit.text.slice(start, end), ctx), '繁体改为简体')));
    }
    const item = unit.item;
    if (!item) return;
    const units = [...item.leadUnits, ...item.supportUnits];
    if (!units.some((u) => traditionalSpan(u))) return;
    const where = unit.at(0, 0);
    const f: Finding = findingOf(RULE, 'error', `责任单位有繁体字：${units.filter((u) => traditionalSpan(u)).join('、')}。`, { sectionId: where.sectionId, itemId: item.id }, {
      kind: 'set-units', label: '单位名称改为简体', itemId: item.id,
      leadUnits: item.leadUnits.map((u) => simplify(u, ctx)), supportUnits: item.supportUnits.map((u) => simplify(u, ctx)),
    });
    emit(f);
  },
});

/** 文件信息 fields written out as text (titles are scanned as text units). */
const STRING_FIELDS = ['issuer', 'signature', 'leadDepartment', 'printer', 'note', 'preparedBy', 'region'] as const;
const LIST_FIELDS = ['mainRecipients', 'copyTo'] as const;

function metaFields(plan: Plan, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const field of STRING_FIELDS) {
    const v = plan.meta[field];
    if (!v || !traditionalSpan(v)) continue;
    const now = simplify(v, ctx);
    out.push(findingOf(RULE, 'error', `“${v}”有繁体字：公文应使用规范汉字，改为“${now}”。`, { field }, { kind: 'set-field', label: '繁体改为简体', field, value: now }));
  }
  for (const field of LIST_FIELDS) {
    const list = plan.meta[field];
    if (!list.some((v) => traditionalSpan(v))) continue;
    const now = list.map((v) => simplify(v, ctx));
    out.push(findingOf(RULE, 'error', `“${list.join('，')}”有繁体字：公文应使用规范汉字，改为简体。`, { field }, { kind: 'set-field', label: '繁体改为简体', field, value: now }));
  }
  return out;
}

export const traditionalChars: BodyRule = {
  ...textPart,
  check(plan, ctx) {
    return [...metaFields(plan, ctx), ...textPart.check(plan, ctx)];
  },
};
