import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentFields } from '../../../main/common/collab/document-fields';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { samplePlan } from '../model/fixtures';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  PlanDoc.write(doc, samplePlan());
  return doc;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('DocumentFields (文件信息 in the plan doc meta)', () => {
  it('reads what the plan seeded and writes typed values the plan JSON then carries', () => {
    const doc = seeded();
    expect(DocumentFields.read(doc).docNumber).toEqual({ agency: '某政发', year: 2025, serial: 3 });
    expect(DocumentFields.set(doc, 'docNumber', { agency: '某政办发', year: 2026, serial: 7 }).ok).toBe(true);
    expect(DocumentFields.set(doc, 'date', '2026-03-06').ok).toBe(true);
    expect(DocumentFields.set(doc, 'copyTo', ['县委办公室', '县人大常委会办公室']).ok).toBe(true);
    const plan = PlanDoc.read(doc, () => []);
    expect(plan.meta.docNumber).toEqual({ agency: '某政办发', year: 2026, serial: 7 });
    expect(plan.meta.date).toBe('2026-03-06');
    expect(plan.meta.copyTo).toEqual(['县委办公室', '县人大常委会办公室']);
  });

  it('refuses an invalid value and writes nothing', () => {
    const doc = seeded();
    const before = Y.encodeStateAsUpdate(doc);
    const r = DocumentFields.set(doc, 'date', '2026年3月6日' as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('成文日期');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('reads a layout-1 文号 string (docs seeded before plan format 2) as its parts', () => {
    const doc = seeded();
    PlanDocRoots.meta(doc).set('docNumber', '鄂前政发〔2019〕20号');
    expect(DocumentFields.read(doc).docNumber).toEqual({ agency: '鄂前政发', year: 2019, serial: 20 });
    expect(PlanDoc.meta(doc).docNumber).toEqual({ agency: '鄂前政发', year: 2019, serial: 20 });
  });

  it('falls back to the default for a value of the wrong shape written by a foreign peer', () => {
    const doc = seeded();
    PlanDocRoots.meta(doc).set('signers', 'not a list');
    expect(DocumentFields.read(doc).signers).toEqual([]);
  });

  it('two people editing different fields at once converge with both edits', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    DocumentFields.set(a, 'docNumber', { agency: '某政发', year: 2026, serial: 9 });
    DocumentFields.set(a, 'printer', '某县人民政府办公室');
    DocumentFields.set(b, 'date', '2026-03-06');
    DocumentFields.set(b, 'printDate', '2026-03-07');
    sync(a, b);
    expect(DocumentFields.read(a)).toEqual(DocumentFields.read(b));
    expect(DocumentFields.read(a)).toMatchObject({
      docNumber: { agency: '某政发', year: 2026, serial: 9 }, printer: '某县人民政府办公室', date: '2026-03-06', printDate: '2026-03-07',
    });
  });

  it('two people setting the same field converge on one whole value (last writer wins, never a mix)', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    DocumentFields.set(a, 'docNumber', { agency: '甲政发', year: 2026, serial: 1 });
    DocumentFields.set(b, 'docNumber', { agency: '乙政发', year: 2027, serial: 2 });
    sync(a, b);
    const n = DocumentFields.read(a).docNumber;
    expect(DocumentFields.read(b).docNumber).toEqual(n);
    expect([{ agency: '甲政发', year: 2026, serial: 1 }, { agency: '乙政发', year: 2027, serial: 2 }]).toContainEqual(n);
  });

  it('edits the notice title by its changed range, so concurrent edits at both ends merge', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const title = DocumentFields.noticeTitle(a)!;
    DocumentFields.setNoticeTitle(a, `${title}（试行）`);
    DocumentFields.setNoticeTitle(b, title.replace('某县人民政府', '某县人民政府办公室'));
    sync(a, b);
    expect(DocumentFields.noticeTitle(a)).toBe(DocumentFields.noticeTitle(b));
    expect(DocumentFields.noticeTitle(a)).toBe(`${title.replace('某县人民政府', '某县人民政府办公室')}（试行）`);
  });

  it('tells observers which fields changed, for remote updates too', () => {
    const a = seeded();
    const b = new Y.Doc();
    sync(a, b);
    const seen: string[][] = [];
    const stop = DocumentFields.observe(b, (keys) => seen.push(keys));
    DocumentFields.set(a, 'urgency', '特急');
    sync(a, b);
    stop();
    DocumentFields.set(a, 'note', '（此件公开发布）');
    sync(a, b);
    expect(seen).toEqual([['urgency']]);
  });

  it('the plan docs written from plan JSON and read back keep the fields (import/export of plan JSON)', async () => {
    const plan = samplePlan();
    plan.meta = { ...plan.meta, signers: ['张三'], copyNumber: '000001', secrecy: '秘密', secrecyTerm: '1年', urgency: '加急', sealed: true };
    const states = encodePlanDocs('p-fields0001', plan);
    const back = await decodePlanDocs('p-fields0001', (name) => Promise.resolve(states.get(name) ?? null));
    expect(back.meta).toEqual(plan.meta);
  });
});
