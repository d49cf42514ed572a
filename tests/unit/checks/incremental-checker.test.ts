import { describe, expect, it } from 'vitest';
import { seededRng as rng } from '../../../main/common/seeded-rng';
import { Checks } from '../../../main/common/checks/checks';
import { IncrementalChecker } from '../../../main/common/checks/incremental-checker';
import type { Body } from '../../../main/common/model/element-types';
import { Item } from '../../../main/common/model/item';
import type { Plan } from '../../../main/common/model/plan';
import { Section } from '../../../main/common/model/section';
import { samplePlan } from '../model/fixtures';

const SNIPPETS = ['，', ',', '。。', '推进', ';', '（', ')', '县质监局', '', 'A', '：', ':', '、、'];

type Edit = (plan: Plan, r: () => number) => Plan;

const pick = <T,>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;

/** Type a snippet into a random leaf of a body (a new array for that body only, as the editor does). */
function typeInBody(body: Body, r: () => number): Body {
  if (body.length === 0) return [{ type: 'paragraph', children: [{ text: pick(SNIPPETS, r) }] }];
  const i = Math.floor(r() * body.length);
  const block = body[i]!;
  if (block.type === 'table') return body;
  const j = Math.floor(r() * block.children.length);
  const leaf = block.children[j]!;
  const at = Math.floor(r() * (leaf.text.length + 1));
  const del = r() < 0.3 ? Math.floor(r() * 3) : 0;
  const text = leaf.text.slice(0, at) + pick(SNIPPETS, r) + leaf.text.slice(at + del);
  const children = block.children.map((l, k) => (k === j ? { ...l, text } : l));
  const copy = body.slice();
  copy[i] = { ...block, children } as typeof block;
  return copy;
}

function mapSections(plan: Plan, f: (s: Section) => Section): Plan {
  return { ...plan, sections: plan.sections.map((t) => f({ ...t, sections: t.sections.map(f) })) };
}

const EDITS: Edit[] = [
  (p, r) => ({ ...p, preamble: typeInBody(p.preamble, r) }),
  (p, r) => ({ ...p, closing: typeInBody(p.closing, r) }),
  (p, r) => {
    const ids = Section.flatten(p.sections).map((s) => s.id);
    const id = pick(ids, r);
    return mapSections(p, (s) => (s.id === id ? { ...s, body: typeInBody(s.body, r) } : s));
  },
  (p, r) => {
    const id = pick(Section.flatten(p.sections).map((s) => s.id), r);
    return mapSections(p, (s) => (s.id === id ? { ...s, title: s.title + pick(SNIPPETS, r) } : s));
  },
  (p, r) => ({ ...p, meta: { ...p.meta, title: p.meta.title + pick(SNIPPETS, r) } }),
  (p, r) => (p.notice ? { ...p, notice: { ...p.notice, body: typeInBody(p.notice.body, r) } } : p),
  (p, r) => ({ ...p, meta: { ...p.meta, year: 2024 + Math.floor(r() * 3) } }),
  (p) => ({ ...p, sections: [...p.sections, Section.create({ title: '新增部分', body: [Item.create({ text: '新措施,待定' })] })] }),
  (p, r) => (p.sections.length > 1 ? { ...p, sections: p.sections.filter((_, i) => i !== Math.floor(r() * p.sections.length)) } : p),
  (p, r) => mapSections(p, (s) => ({ ...s, body: s.body.map((b) => (b.type === 'item' && r() < 0.2 ? { ...b, leadUnits: r() < 0.5 ? [] : ['县质监局'] } : b)) })),
  (p) => ({ ...p, notice: p.notice ? null : { title: '关于印发计划的通知,', body: [] } }),
];

describe('IncrementalChecker: the editor\'s incremental check equals the full pass', () => {
  it('after random edits of bodies, titles, meta, sections and units (300 edits × 5 seeds)', () => {
    let seen = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = rng(seed);
      let plan = samplePlan();
      const checker = new IncrementalChecker({ today: '2025-03-10' });
      for (let step = 0; step < 300; step++) {
        plan = pick(EDITS, r)(plan, r);
        const found = checker.update(plan);
        expect(found, `seed ${seed} step ${step}`).toEqual(Checks.all(plan, { today: '2025-03-10' }));
        seen += found.length;
      }
    }
    // The edits do produce findings (half-width marks, doubled marks, missing units): the comparison is not of empties.
    expect(seen).toBeGreaterThan(300);
  });

  it('rechecks only the body that changed on a keystroke, and every body when the meta changes', () => {
    const checker = new IncrementalChecker({ today: '2025-03-10' });
    let plan = samplePlan();
    checker.update(plan);
    plan = mapSections(plan, (s) => (s.id === 's2a' ? { ...s, body: typeInBody(s.body, rng(9)) } : s));
    checker.update(plan);
    expect(checker.lastRechecked).toEqual(['s2a']);
    plan = { ...plan, meta: { ...plan.meta, year: 2026 } };
    checker.update(plan);
    expect(checker.lastRechecked.length).toBeGreaterThan(3);
  });

  it('rechecks a body named as changed even when its array is the same object (a doc read in place)', () => {
    const checker = new IncrementalChecker({ today: '2025-03-10' });
    const plan = samplePlan();
    checker.update(plan);
    const first = plan.preamble[0]!;
    if (first.type !== 'paragraph') throw new Error('fixture');
    first.children[0]!.text = '为此,制定本计划。';
    const found = checker.update(plan, ['preamble']);
    expect(checker.lastRechecked).toEqual(['preamble']);
    expect(found).toEqual(Checks.all(plan, { today: '2025-03-10' }));
    expect(found.some((f) => f.rule === 'half-width-punctuation' && f.where.sectionId === 'preamble')).toBe(true);
  });
});
