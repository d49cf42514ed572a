import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { decodeStatesFile, encodeStatesFile, mergeStatesFiles, STATES_FILE_FORMAT, type DecodedStatesFile } from '../../../main/common/collab/states-file';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { samplePlan } from '../model/fixtures';

const PLAN = 'p-planfile01';

function fileOf(docs: Map<string, Uint8Array>): DecodedStatesFile {
  const r = decodeStatesFile(JSON.parse(JSON.stringify(encodeStatesFile(PLAN, docs, '2025-03-06T00:00:00Z', '标题'))));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

/** A copy edited on its own: load every state into docs, type into one section, encode again. */
function editCopy(docs: Map<string, Uint8Array>, bodyId: string, text: string): Map<string, Uint8Array> {
  const out = new Map(docs);
  const name = DocNames.body(PLAN, bodyId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, docs.get(name)!);
  const first = BodyDoc.root(doc).toDelta()[0].insert as Y.XmlText;
  first.insert(0, text);
  out.set(name, Y.encodeStateAsUpdate(doc));
  return out;
}

describe('plan files', () => {
  it('round-trip every state through the versioned JSON format', async () => {
    const docs = encodePlanDocs(PLAN, samplePlan());
    const file = encodeStatesFile(PLAN, docs, '2025-03-06T00:00:00Z');
    expect(file).toMatchObject({ format: STATES_FILE_FORMAT, version: 1, planId: PLAN });
    const back = fileOf(docs);
    expect(await decodePlanDocs(PLAN, async (n) => back.docs.get(n) ?? null)).toEqual(samplePlan());
  });

  it('two copies edited apart merge into a plan with both edits (CRDT merge, no duplication)', async () => {
    const docs = encodePlanDocs(PLAN, samplePlan());
    const a = fileOf(editCopy(docs, 's1', '甲副本的修改，'));
    const b = fileOf(editCopy(docs, 's1', '乙副本的修改，'));
    const merged = mergeStatesFiles(a, b, 'now');
    if (!merged.ok) throw new Error(merged.error.detail);
    const plan = await decodePlanDocs(PLAN, async (n) => merged.value.docs.get(n) ?? null);
    const text = JSON.stringify(plan.sections[0]!.body);
    expect(text).toContain('甲副本的修改，');
    expect(text).toContain('乙副本的修改，');
    expect(plan.sections[0]!.body).toHaveLength(samplePlan().sections[0]!.body.length);
    const again = mergeStatesFiles(merged.value, a, 'now');
    expect(again.ok && JSON.stringify(await decodePlanDocs(PLAN, async (n) => again.value.docs.get(n) ?? null))).toBe(JSON.stringify(plan));
  });

  it('refuses files that are not ours, of another version, naming other plans, or truncated', () => {
    const good = encodeStatesFile(PLAN, encodePlanDocs(PLAN, samplePlan()), 'now');
    const cases: Array<[unknown, RegExp]> = [
      [{ hello: 1 }, /不是有效的计划文件/],
      [{ ...good, version: 2 }, /版本 2 不受支持/],
      [{ ...good, docs: { ...good.docs, 'plan:p-otherplan1:sec:x': good.docs[DocNames.plan(PLAN)]! } }, /不是有效的计划文件/],
      [{ ...good, docs: { ...good.docs, '../../etc/passwd': 'AAAA' } }, /不是有效的计划文件/],
      [{ ...good, docs: { ...good.docs, [DocNames.plan(PLAN)]: '!!!notbase64' } }, /不是有效的计划文件/],
      [{ ...good, docs: { ...good.docs, [DocNames.plan(PLAN)]: good.docs[DocNames.plan(PLAN)]!.slice(0, 40) } }, /计划文件/],
    ];
    for (const [raw, message] of cases) {
      const r = decodeStatesFile(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    const other = decodeStatesFile(encodeStatesFile('p-otherplan1', encodePlanDocs('p-otherplan1', samplePlan()), 'now'));
    const mine = decodeStatesFile(good);
    expect(other.ok && mine.ok && mergeStatesFiles(mine.value, other.value, 'now').ok).toBe(false);
  });
});
