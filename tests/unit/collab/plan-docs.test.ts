import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { samplePlan } from '../model/fixtures';

describe('plan JSON ⇄ Yjs documents', () => {
  it('round-trips a plan with every element type through its documents', async () => {
    const plan = samplePlan();
    const docs = encodePlanDocs('p-roundtrip1', plan);
    expect([...docs.keys()]).toContain('plan:p-roundtrip1');
    expect([...docs.keys()]).toContain('plan:p-roundtrip1:sec:s2a');
    const back = await decodePlanDocs('p-roundtrip1', async (name) => docs.get(name) ?? null);
    expect(back).toEqual(plan);
  });

  it('reordering moves ids in the outline and keeps the content', async () => {
    const plan = samplePlan();
    const docs = encodePlanDocs('p-reorder001', plan);
    const planDoc = new Y.Doc();
    Y.applyUpdate(planDoc, docs.get(DocNames.plan('p-reorder001'))!);
    const outline = PlanDocRoots.outline(planDoc);
    const ids = outline.toArray();
    planDoc.transact(() => {
      outline.delete(0, ids.length);
      outline.push([ids[1]!, ids[2]!, ids[3]!, ids[0]!]);
    });
    docs.set(DocNames.plan('p-reorder001'), Y.encodeStateAsUpdate(planDoc));
    const back = await decodePlanDocs('p-reorder001', async (n) => docs.get(n) ?? null);
    expect(back.sections.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(back.sections[1]!.body).toEqual(plan.sections[0]!.body);
  });

  it('a duplicated id from concurrent moves keeps its first place', () => {
    const plan = samplePlan();
    const doc = new Y.Doc();
    PlanDoc.write(doc, plan);
    PlanDocRoots.outline(doc).push(['s1']);
    expect(PlanDoc.outline(doc).map((s) => s.id)).toEqual(['s1', 's2', 's2a', 's2b']);
  });

  it('an empty body is stored as one empty paragraph and read back as empty', () => {
    const doc = new Y.Doc();
    BodyDoc.write(doc, []);
    expect(BodyDoc.root(doc).toDelta()).toHaveLength(1);
    expect(BodyDoc.read(doc)).toEqual([]);
  });

  it('a block the model does not know is read as a paragraph of its text; without text it is left out', () => {
    const doc = new Y.Doc();
    BodyDoc.write(doc, [{ type: 'paragraph', children: [{ text: '第一段。' }] }]);
    const root = BodyDoc.root(doc);
    const empty = new Y.XmlText();
    empty.setAttribute('type', 'script');
    const foreign = new Y.XmlText();
    foreign.setAttribute('type', 'script');
    foreign.insert(0, 'alert(1)');
    const badItem = new Y.XmlText();
    badItem.setAttribute('type', 'item');
    badItem.setAttribute('id', 'm-bad');
    badItem.setAttribute('leadUnits', 5);
    badItem.insert(0, '强化标准引领。');
    doc.transact(() => {
      root.insertEmbed(root.length, empty);
      root.insertEmbed(root.length, foreign);
      root.insertEmbed(root.length, badItem);
    });
    expect(BodyDoc.read(doc)).toEqual([
      { type: 'paragraph', children: [{ text: '第一段。' }] },
      { type: 'paragraph', children: [{ text: 'alert(1)' }] },
      { type: 'paragraph', children: [{ text: '强化标准引领。' }] },
    ]);
  });
});

describe('reading a plan doc someone wrote nonsense into (Yjs has no schema)', () => {
  // Each input is a write a buggy or hostile client with write access could make; `expected` is what
  // every reader (editor, export, plan file) then shows: the plan as it was, the nonsense left out.
  const cases: { name: string; input: (doc: Y.Doc) => void; expected: (plan: ReturnType<typeof samplePlan>) => unknown }[] = [
    { name: 'an outline entry that is not a valid document name', input: (d) => {
      const bad = new Y.Map<unknown>();
      bad.set('level', 1);
      bad.set('title', new Y.Text('坏的'));
      PlanDocRoots.sections(d).set('a:b', bad);
      PlanDocRoots.outline(d).push(['a:b', '../x']);
    }, expected: (p) => p },
    { name: 'an outline entry that is not a string', input: (d) => (PlanDocRoots.outline(d) as unknown as Y.Array<unknown>).push([42, null]), expected: (p) => p },
    { name: 'an unknown section kind and a non-string assignee', input: (d) => {
      const rec = PlanDocRoots.sections(d).get('s1')!;
      rec.set('kind', 'nonsense');
      rec.set('assignee', { x: 1 });
    }, expected: (p) => ({ ...p, sections: p.sections.map((s) => (s.id === 's1' ? { ...s, kind: 'other', assignee: null } : s)) }) },
    { name: 'an unknown meta key and a meta value of the wrong type', input: (d) => {
      PlanDocRoots.meta(d).set('evil', '<script>');
      PlanDocRoots.meta(d).set('docNumber', 12345);
    }, expected: (p) => ({ ...p, meta: { ...p.meta, docNumber: null } }) },
    { name: 'a department that is not one', input: (d) => (PlanDocRoots.departments(d) as unknown as Y.Array<unknown>).push([{ name: '' }, 'x']), expected: (p) => p },
  ];

  it.each(cases)('$name', ({ input, expected }) => {
    const plan = samplePlan();
    const docs = encodePlanDocs('p-hostile001', plan);
    const planDoc = new Y.Doc();
    Y.applyUpdate(planDoc, docs.get(DocNames.plan('p-hostile001'))!);
    input(planDoc);
    const read = PlanDoc.read(planDoc, (id) => {
      const body = docs.get(DocNames.body('p-hostile001', id));
      if (!body) return [];
      const d = new Y.Doc();
      Y.applyUpdate(d, body);
      return BodyDoc.read(d);
    });
    expect(read).toEqual(expected(plan));
    expect(PlanDoc.bodyIds(planDoc).every((id) => DocNames.parse(DocNames.body('p-hostile001', id)) !== null)).toBe(true);
  });

  it('the page shows the plan, then the notice and the attachments: PlanDoc.annex and pageBodyIds in page order', () => {
    const plan = samplePlan();
    const doc = new Y.Doc();
    PlanDoc.write(doc, plan);
    const annex = PlanDoc.annex(doc);
    expect(annex.notice).toEqual({ title: plan.notice!.title });
    expect(annex.attachments.map((a) => [a.id, a.kind, a.title, a.scheme, a.sections.map((s) => s.id)])).toEqual([
      ['a1', 'task-table', '工作任务分解表', 'plan', []],
      ['a2', 'document', '某县县长质量奖实施办法', 'regulation', ['c1', 'c2']],
      ['a3', 'table', '统计表', 'plan', []],
    ]);
    const sections = plan.sections.flatMap((s) => [s, ...s.sections]).map((s) => s.id);
    expect(PlanDoc.pageBodyIds(doc)).toEqual(['preamble', ...sections, 'closing', 'notice', 'c1', 'c2', 'a3']);
    // Every body the page shows is a body of the plan, and the other way round.
    expect([...PlanDoc.pageBodyIds(doc)].sort()).toEqual([...PlanDoc.bodyIds(doc)].sort());
  });
});
