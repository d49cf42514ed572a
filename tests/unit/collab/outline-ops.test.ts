import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { OutlineOps } from '../../../main/common/collab/outline-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import { samplePlan } from '../model/fixtures';

// The sample's outline: s1 | s2 [s2a s2b]
function seeded(): Y.Doc {
  const doc = new Y.Doc();
  PlanDoc.write(doc, samplePlan());
  return doc;
}
const order = (doc: Y.Doc) => PlanDoc.outline(doc).map((r) => `${r.id}${r.level === 2 ? '·' : ''}`).join(' ');

describe('OutlineOps: outline changes on the plan doc (ids move, content stays)', () => {
  it('step and drag move a block with its sub-sections, in one transaction each', () => {
    const doc = seeded();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(OutlineOps.step(doc, { id: 's2', dir: -1 })).toBe(true);
    expect(order(doc)).toBe('s2 s2a· s2b· s1');
    expect(OutlineOps.moveBefore(doc, { id: 's1', before: 's2' })).toBe(true);
    expect(order(doc)).toBe('s1 s2 s2a· s2b·');
    expect(OutlineOps.step(doc, { id: 's1', dir: -1 })).toBe(false);
    expect(transactions).toBe(2);
    expect(PlanDoc.read(doc, () => []).sections[1]!.sections.map((s) => s.title)).toEqual(['完善机制', '夯实基础']);
  });

  it('add puts a level-2 section inside the current block and a level-1 after it, with a fresh record', () => {
    const doc = seeded();
    const sub = OutlineOps.add(doc, { after: 's2a', level: 2, title: '新小节', mintId: () => 's-new2' });
    const top = OutlineOps.add(doc, { after: 's2a', level: 1, title: '新章节' });
    expect(sub).toBe('s-new2');
    expect(order(doc)).toBe(`s1 s2 s2a· s-new2· s2b· ${top}`);
    expect(PlanDoc.outline(doc).find((r) => r.id === top)).toEqual({ id: top, level: 1, kind: 'other', title: '新章节', assignee: null });
  });

  it('the first section of an empty outline is level 1 whatever was asked', () => {
    const doc = new Y.Doc();
    const id = OutlineOps.add(doc, { after: null, level: 2, title: '第一节' });
    expect(PlanDoc.outline(doc)).toEqual([{ id, level: 1, kind: 'other', title: '第一节', assignee: null }]);
  });

  it('assign and remove (every copy of a duplicated id, and its record)', () => {
    const doc = seeded();
    OutlineOps.assign(doc, { id: 's1', department: '县财政局' });
    expect(PlanDoc.assigneeOf(doc, 's1')).toBe('县财政局');
    OutlineOps.assign(doc, { id: 's1', department: null });
    expect(PlanDoc.assigneeOf(doc, 's1')).toBeNull();
    PlanDocRoots.outline(doc).push(['s1']); // what two concurrent moves can leave behind
    OutlineOps.remove(doc, { id: 's1' });
    expect(PlanDocRoots.outline(doc).toArray()).toEqual(['s2', 's2a', 's2b']);
    expect(PlanDocRoots.sections(doc).has('s1')).toBe(false);
  });

  it('rename edits the title in place: a concurrent edit elsewhere in the same title survives', () => {
    const a = seeded();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const before = PlanDocRoots.sections(a).get('s1')!.get('title');
    OutlineOps.rename(a, { id: 's1', title: '主要工作目标' });
    OutlineOps.rename(b, { id: 's1', title: '工作目标任务' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(PlanDocRoots.sections(a).get('s1')!.get('title')).toBe(before);
    expect(PlanDoc.outline(a)[0]!.title).toBe('主要工作目标任务');
    expect(PlanDoc.outline(b)[0]!.title).toBe('主要工作目标任务');
  });

  it('rename gives a malformed record (string title) a Y.Text', () => {
    const doc = seeded();
    PlanDocRoots.sections(doc).get('s1')!.set('title', 'plain');
    OutlineOps.rename(doc, { id: 's1', title: '新标题' });
    expect(PlanDocRoots.sections(doc).get('s1')!.get('title')).toBeInstanceOf(Y.Text);
    expect(PlanDoc.outline(doc)[0]!.title).toBe('新标题');
  });
});

describe('PlanDoc typed reads and writes', () => {
  it('meta: a valid value is written, an invalid one is refused and nothing changes', () => {
    const doc = seeded();
    expect(PlanDoc.setMeta(doc, 'printer', '县政府办公室')).toBe(true);
    expect(PlanDoc.setMeta(doc, 'date', 'yesterday' as never)).toBe(false);
    expect(PlanDoc.meta(doc).printer).toBe('县政府办公室');
    expect(PlanDoc.meta(doc).date).toBe(samplePlan().meta.date);
  });

  it('departments, notice, attachments', () => {
    const doc = seeded();
    PlanDoc.addDepartment(doc, { name: '县财政局', aliases: [] });
    PlanDoc.addDepartment(doc, { name: '县财政局', aliases: ['财政局'] });
    expect(PlanDoc.departments(doc).map((d) => d.name)).toEqual(['县市场监督管理局', '县财政局']);
    expect(PlanDoc.noticeEnabled(doc)).toBe(true);
    expect(PlanDoc.attachmentList(doc).map((a) => `${a.id}:${a.kind}`)).toEqual(['a1:task-table', 'a2:document', 'a3:table']);
  });

  it('observe reports changes of its part only, until unsubscribed', () => {
    const doc = seeded();
    const seen: string[] = [];
    const offs = (['meta', 'outline', 'departments'] as const).map((part) => PlanDoc.observe(doc, part, () => seen.push(part)));
    PlanDoc.setMeta(doc, 'title', '新标题');
    OutlineOps.assign(doc, { id: 's1', department: '县财政局' });
    PlanDoc.addDepartment(doc, { name: '县财政局', aliases: [] });
    for (const off of offs) off();
    PlanDoc.setMeta(doc, 'title', '再改');
    expect(seen).toEqual(['meta', 'outline', 'departments']);
  });
});
