import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
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
    const outline = PlanDoc.records.outline(planDoc);
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
    PlanDoc.records.outline(doc).push(['s1']);
    expect(PlanDoc.outline(doc).map((s) => s.id)).toEqual(['s1', 's2', 's2a', 's2b']);
  });

  it('an empty body is stored as one empty paragraph and read back as empty', () => {
    const doc = new Y.Doc();
    BodyDoc.write(doc, []);
    expect(BodyDoc.root(doc).toDelta()).toHaveLength(1);
    expect(BodyDoc.read(doc)).toEqual([]);
  });

  it('a body doc holding foreign shapes is reported, not passed on', () => {
    const doc = new Y.Doc();
    const root = BodyDoc.root(doc);
    const evil = new Y.XmlText();
    evil.setAttribute('type', 'script');
    root.insertEmbed(0, evil);
    expect(() => BodyDoc.read(doc)).toThrow(/schema/);
  });
});
