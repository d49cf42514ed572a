import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DocNames } from '../../../main/common/collab/doc-names';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { PLAN_DOC_LAYOUT, PlanDocLayout } from '../../../main/common/collab/plan-doc-layout';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { samplePlan } from '../model/fixtures';

/** A plan doc as layout 0 had it: no layout version, titles as plain strings, no notice switch. */
function layoutZeroDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = PlanDocRoots.meta(doc);
    meta.set('title', '旧计划');
    meta.set('year', 2024);
    for (const [id, level, title] of [['s1', 1, '工作目标'], ['s1a', 2, '具体目标']] as const) {
      const rec = new Y.Map<unknown>();
      rec.set('level', level);
      rec.set('kind', 'targets');
      rec.set('title', title);
      rec.set('assignee', null);
      PlanDocRoots.sections(doc).set(id, rec);
    }
    PlanDocRoots.outline(doc).push(['s1', 's1a']);
  });
  return doc;
}

describe('plan doc layout version and migrations', () => {
  it('a written doc carries the current layout and needs no migration', () => {
    const doc = new Y.Doc();
    PlanDoc.write(doc, samplePlan());
    expect(PlanDocLayout.version(doc)).toBe(PLAN_DOC_LAYOUT);
    const before = Y.encodeStateVector(doc);
    expect(PlanDocLayout.migrate(doc)).toEqual({ status: 'current', layout: PLAN_DOC_LAYOUT });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('an empty doc (not seeded yet) is left alone', () => {
    const doc = new Y.Doc();
    expect(PlanDocLayout.migrate(doc)).toEqual({ status: 'empty' });
    expect(PlanDocRoots.meta(doc).size).toBe(0);
  });

  it('migrates a layout-0 doc: string titles become Y.Text, the notice switch is set, the version stamped', () => {
    const doc = layoutZeroDoc();
    expect(PlanDocLayout.version(doc)).toBe(0);
    expect(PlanDocLayout.migrate(doc)).toEqual({ status: 'migrated', from: 0, to: PLAN_DOC_LAYOUT });
    expect(PlanDocLayout.version(doc)).toBe(PLAN_DOC_LAYOUT);
    for (const id of ['s1', 's1a']) expect(PlanDocRoots.sections(doc).get(id)!.get('title')).toBeInstanceOf(Y.Text);
    expect(PlanDoc.noticeEnabled(doc)).toBe(false);
    expect(PlanDoc.outline(doc).map((r) => r.title)).toEqual(['工作目标', '具体目标']);
    expect(PlanDocLayout.migrate(doc).status).toBe('current');
  });

  it('the server and a client migrating the same old doc at once converge on one result', () => {
    const server = layoutZeroDoc();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    PlanDocLayout.migrate(server);
    PlanDocLayout.migrate(client);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(PlanDoc.outline(client)).toEqual(PlanDoc.outline(server));
    expect(PlanDoc.outline(server).map((r) => r.title)).toEqual(['工作目标', '具体目标']);
    expect(PlanDocRoots.sections(server).get('s1')!.get('title')).toBeInstanceOf(Y.Text);
  });

  it('a doc of a newer layout is reported and not touched', () => {
    const doc = new Y.Doc();
    PlanDoc.write(doc, samplePlan());
    PlanDocRoots.meta(doc).set('layout', PLAN_DOC_LAYOUT + 1);
    const before = Y.encodeStateVector(doc);
    expect(PlanDocLayout.migrate(doc)).toEqual({ status: 'newer', layout: PLAN_DOC_LAYOUT + 1 });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reading stored states migrates an old plan doc on load', async () => {
    const docs = encodePlanDocs('p-oldlayout1', samplePlan());
    const old = layoutZeroDoc();
    docs.set(DocNames.plan('p-oldlayout1'), Y.encodeStateAsUpdate(old));
    const plan = await decodePlanDocs('p-oldlayout1', async (n) => docs.get(n) ?? null);
    expect(plan.sections.map((s) => [s.title, s.sections.map((c) => c.title)])).toEqual([['工作目标', ['具体目标']]]);
  });
});
