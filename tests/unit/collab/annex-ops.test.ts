import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { AnnexOps, noticeTitleFor } from '../../../main/common/collab/annex-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { DocumentFields } from '../../../main/common/collab/document-fields';
import { samplePlan } from '../model/fixtures';

// The sample's attachments: a1 任务分解表 | a2 办法 (c1, c2) | a3 统计表; it has a 印发通知.
function seeded(): Y.Doc {
  const doc = new Y.Doc();
  PlanDoc.write(doc, samplePlan());
  return doc;
}
const ids = (doc: Y.Doc) => PlanDoc.annex(doc).attachments.map((a) => a.id).join(' ');

describe('AnnexOps: the 印发通知 and the attachments changed from the page', () => {
  it('renaming an attachment keeps a colleague\'s concurrent typing in the same title', () => {
    const a = seeded();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    AnnexOps.renameAttachment(a, { id: 'a2', title: '某县县长质量奖评审办法' });
    AnnexOps.renameAttachment(b, { id: 'a2', title: '某县县长质量奖实施办法（试行）' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(PlanDoc.annex(a).attachments[1]!.title).toBe('某县县长质量奖评审办法（试行）');
    expect(PlanDoc.annex(b).attachments[1]!.title).toBe(PlanDoc.annex(a).attachments[1]!.title);
    // What the export and the 体检 read (PlanDoc.read) has the new title too.
    expect(PlanDoc.read(a, () => []).attachments[1]!.title).toBe('某县县长质量奖评审办法（试行）');
  });

  it('adds each kind at the end, a document with one section; the plan still validates', () => {
    const doc = seeded();
    let n = 0;
    const reg = AnnexOps.addAttachment(doc, { kind: 'regulation', mintId: () => `n${n++}` });
    const table = AnnexOps.addAttachment(doc, { kind: 'table', title: '指标表', mintId: () => `t${n++}` });
    expect(ids(doc)).toBe(`a1 a2 a3 ${reg} ${table}`);
    const plan = PlanDoc.read(doc, () => []);
    const added = plan.attachments[3]!;
    expect(added).toMatchObject({ kind: 'document', numberingScheme: 'regulation', title: '××办法' });
    expect(added.kind === 'document' && added.sections.map((s) => s.title)).toEqual(['总则']);
    expect(plan.attachments[4]).toMatchObject({ kind: 'table', title: '指标表', body: [] });
    // Its section's body is one the plan names, so the server lets a writer open it.
    const sectionId = added.kind === 'document' ? added.sections[0]!.id : '';
    expect(PlanDoc.bodyIds(doc)).toContain(sectionId);
    expect(PlanDoc.bodyIds(doc)).toContain(table);
  });

  it('adds sections to a document attachment: a 章 after the current one\'s block, a 节 inside it; none to a table', () => {
    const doc = seeded();
    const titles = () => {
      const a = PlanDoc.read(doc, () => []).attachments[1]!;
      return a.kind === 'document' ? a.sections.map((s) => `${s.title}[${s.sections.map((x) => x.title).join()}]`) : [];
    };
    expect(AnnexOps.addSection(doc, { attachmentId: 'a2', after: 'c1', level: 1, title: '评审', mintId: () => 'c3' })).toBe('c3');
    expect(AnnexOps.addSection(doc, { attachmentId: 'a2', after: 'c1', level: 2, title: '适用范围', mintId: () => 'c4' })).toBe('c4');
    expect(AnnexOps.addSection(doc, { attachmentId: 'a2', after: null, level: 1, title: '附则', mintId: () => 'c5' })).toBe('c5');
    expect(titles()).toEqual(['总则[适用范围]', '评审[]', '组织管理[]', '附则[]']);
    // Their bodies are ones the plan names (the server lets a writer open them), and the plan's outline is untouched.
    for (const id of ['c3', 'c4', 'c5']) expect(PlanDoc.bodyIds(doc)).toContain(id);
    expect(PlanDoc.read(doc, () => []).sections.map((s) => s.id)).toEqual(samplePlan().sections.map((s) => s.id));
    expect(AnnexOps.addSection(doc, { attachmentId: 'a3', after: null, level: 1, title: 'x' })).toBeNull();
    // A new document attachment (one 章 to start with) grows from the page too.
    const fresh = AnnexOps.addAttachment(doc, { kind: 'document' });
    const first = PlanDoc.read(doc, () => []).attachments.at(-1)!;
    const firstId = first.kind === 'document' ? first.sections[0]!.id : '';
    AnnexOps.addSection(doc, { attachmentId: fresh, after: firstId, level: 1, title: '第二章节' });
    const grown = PlanDoc.read(doc, () => []).attachments.at(-1)!;
    expect(grown.kind === 'document' && grown.sections.map((s) => s.title)).toEqual(['新章节', '第二章节']);
  });

  it('knows whether a 任务分解表 is there', () => {
    const doc = seeded();
    expect(AnnexOps.hasTaskTable(doc)).toBe(true);
    AnnexOps.removeAttachment(doc, { id: 'a1' });
    expect(AnnexOps.hasTaskTable(doc)).toBe(false);
  });

  it('remove takes the attachment and its sections out; restore puts them back in place with the same ids', () => {
    const doc = seeded();
    const before = PlanDoc.read(doc, (id) => [{ type: 'paragraph', children: [{ text: id }] }]);
    const removed = AnnexOps.removeAttachment(doc, { id: 'a2' });
    expect(removed).toMatchObject({ index: 1, id: 'a2', kind: 'document', numberingScheme: 'regulation' });
    expect(ids(doc)).toBe('a1 a3');
    expect(PlanDoc.bodyIds(doc)).not.toContain('c1');
    expect(PlanDoc.read(doc, () => []).attachments.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(AnnexOps.removeAttachment(doc, { id: 'a2' })).toBeNull();
    expect(AnnexOps.restoreAttachment(doc, removed!)).toBe(true);
    expect(AnnexOps.restoreAttachment(doc, removed!)).toBe(false);
    const after = PlanDoc.read(doc, (id) => [{ type: 'paragraph', children: [{ text: id }] }]);
    expect(after.attachments).toEqual(before.attachments);
  });

  it('the notice goes off and comes back with its title; a plan that never had one gets the default title', () => {
    const doc = seeded();
    const title = DocumentFields.noticeTitle(doc);
    AnnexOps.removeNotice(doc);
    expect(PlanDoc.annex(doc).notice).toBeNull();
    expect(PlanDoc.read(doc, () => []).notice).toBeNull();
    expect(PlanDoc.bodyIds(doc)).not.toContain('notice');
    AnnexOps.addNotice(doc, { title: '关于印发某计划的通知' });
    expect(PlanDoc.annex(doc).notice?.title).toBe(title);
    expect(PlanDoc.bodyIds(doc)).toContain('notice');

    const fresh = new Y.Doc();
    PlanDoc.write(fresh, { ...samplePlan(), notice: null });
    expect(PlanDoc.annex(fresh).notice).toBeNull();
    AnnexOps.addNotice(fresh, { title: '关于印发某计划的通知' });
    expect(PlanDoc.read(fresh, () => []).notice).toEqual({ title: '关于印发某计划的通知', body: [] });
  });
});

describe('noticeTitleFor', () => {
  it('wraps the plan title (its breaks dropped) in the issuer\'s 关于印发《》的通知', () => {
    expect(noticeTitleFor({ issuer: '某县人民政府办公室', title: '某县2026年质量强县\n工作行动计划' }))
      .toBe('某县人民政府办公室关于印发《某县2026年质量强县工作行动计划》的通知');
    expect(noticeTitleFor({ title: '计划' })).toBe('关于印发《计划》的通知');
  });
});
