import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../main/common/checks/apply-fix';
import { Checks } from '../../../main/common/checks/checks';
import type { Finding } from '../../../main/common/checks/finding';
import { textAt } from '../../../main/common/checks/finding-text';
import type { Plan } from '../../../main/common/model/plan';
import { blockRangeOf } from '../../../renderer/src/editor/checks/finding-range';
import { cleanPlan } from './helpers/rule-fixtures';

const CTX = { today: '2025-06-01' };
const TEXT_RULES = new Set(['half-width-punctuation', 'doubled-punctuation', 'traditional-chars']);

/**
 * A reported bug: a half-width mark in a paragraph that is not its body's first block got a fix whose
 * offsets counted from the paragraph, while its `where` counted from the body. These plans put the same
 * defects in every kind of text a `where` can name — paragraphs after items and after a table, a
 * second preamble paragraph, the closing, the notice body, section, plan and notice titles, an item.
 */
function defective(): Plan {
  const p = cleanPlan();
  const s2a = p.sections[1]!.sections[0]!;
  const para = s2a.body[4]!;
  if (para.type === 'paragraph') para.children = [{ text: '普通段落,', bold: true }, { text: '带加粗。。' }];
  p.sections[1]!.sections[1]!.body.push({ type: 'paragraph', children: [{ text: '表后说明:按季度报送;' }] });
  p.preamble.push({ type: 'paragraph', children: [{ text: '第二段(说明)推進工作。' }] });
  p.closing = [{ type: 'paragraph', children: [{ text: '确保完成,' }] }];
  p.notice!.body.push({ type: 'paragraph', children: [{ text: '请认真执行,，' }] });
  p.sections[0]!.title = '工作目标,任务';
  p.meta.title = '某县2025年推进质量强县工作行动计划,';
  p.notice!.title = '关于印发(计划)的通知';
  const m1 = s2a.body[0]!;
  if (m1.type === 'item') m1.children = [...m1.children, { text: '推进,落实' }];
  return p;
}

function textFixes(plan: Plan): Finding[] {
  return Checks.all(plan, CTX).filter((f) => TEXT_RULES.has(f.rule) && f.fix?.kind === 'replace-text');
}

describe('replace-text fixes index the text their where names', () => {
  it('every text fix covers exactly the text its finding points at, in items, paragraphs and titles', () => {
    const plan = defective();
    const found = textFixes(plan);
    const places = new Set(found.map((f) => `${f.where.sectionId ?? ''}/${f.where.field ?? ''}/${f.where.itemId ?? ''}`));
    // preamble, s2a (paragraph + item), s2b, closing, notice; section, plan and notice titles
    expect(places).toEqual(new Set(['preamble//', 's2a//', 's2a//m1', 's2b//', 'closing//', 'notice//', 's1/sectionTitle/', '/title/', '/noticeTitle/']));
    for (const f of found) {
      const fix = f.fix as Extract<Finding['fix'], { kind: 'replace-text' }>;
      const text = textAt(plan, fix.where ?? f.where)!;
      expect(text.slice(fix.start, fix.end), `${f.rule} at ${JSON.stringify(f.where)}`).toBe(textAt(plan, f.where)!.slice(f.where.start, f.where.end));
    }
  });

  it('applying each fix on plan JSON removes its finding and changes only the flagged text', () => {
    const plan = defective();
    for (const f of textFixes(plan)) {
      const fixed = applyFix(plan, f);
      expect(fixed, `${f.rule} at ${JSON.stringify(f.where)}`).not.toBeNull();
      const before = textAt(plan, f.where)!;
      const fix = f.fix as Extract<Finding['fix'], { kind: 'replace-text' }>;
      expect(textAt(fixed!, f.where)).toBe(before.slice(0, fix.start) + fix.text + before.slice(fix.end));
      const again = Checks.all(fixed!, CTX).filter((g) => g.rule === f.rule && g.where.sectionId === f.where.sectionId
        && g.where.field === f.where.field && g.where.itemId === f.where.itemId && g.where.start === f.where.start);
      expect(again, `${f.rule} at ${JSON.stringify(f.where)}`).toEqual([]);
    }
  });

  it('the editor maps a body fix to the same block and characters (finding-range)', () => {
    const plan = defective();
    const bodies: Record<string, Descendant[]> = {
      preamble: plan.preamble as Descendant[],
      s2a: plan.sections[1]!.sections[0]!.body as Descendant[],
      s2b: plan.sections[1]!.sections[1]!.body as Descendant[],
      closing: plan.closing as Descendant[],
      notice: plan.notice!.body as Descendant[],
    };
    const inBodies = textFixes(plan).filter((f) => !f.where.field);
    expect(inBodies.length).toBeGreaterThanOrEqual(7);
    for (const f of inBodies) {
      const fix = f.fix as Extract<Finding['fix'], { kind: 'replace-text' }>;
      const children = bodies[f.where.sectionId!]!;
      const r = blockRangeOf(children, { ...(fix.where ?? f.where), start: fix.start, end: fix.end })!;
      expect(r, JSON.stringify(f.where)).not.toBeNull();
      const block = children[r.block] as { children: Array<{ text: string }> };
      const blockText = block.children.map((l) => l.text).join('');
      expect(blockText.slice(r.start, r.end)).toBe(textAt(plan, f.where)!.slice(f.where.start, f.where.end));
    }
  });
});
