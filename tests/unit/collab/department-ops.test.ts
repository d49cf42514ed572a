import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DepartmentOps } from '../../../main/common/collab/department-ops';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import type { Body } from '../../../main/common/model/element-types';

const item = (id: string, lead: string[], support: string[]) => ({
  type: 'item' as const, id, level: 3 as const, role: 'measure' as const, leadUnits: lead, supportUnits: support, deadline: null, children: [{ text: '推进。' }],
});

function planDoc(): Y.Doc {
  const doc = new Y.Doc();
  PlanDoc.addDepartment(doc, { name: '县市场监管局', aliases: ['市场监管局'] });
  PlanDoc.addDepartment(doc, { name: '县卫健委', aliases: [] });
  PlanDoc.addDepartment(doc, { name: '县卫生局', aliases: ['卫生局'] });
  const rec = new Y.Map<unknown>();
  PlanDocRoots.sections(doc).set('s-1', rec);
  rec.set('assignee', '县卫生局');
  return doc;
}

describe('DepartmentOps', () => {
  it('renames a department, keeps the old name as an alias, moves assignees', () => {
    const doc = planDoc();
    expect(DepartmentOps.rename(doc, '县市场监管局', '县市场监督管理局')).toEqual({ from: '县市场监管局', to: '县市场监督管理局' });
    expect(PlanDoc.departments(doc)[0]).toEqual({ name: '县市场监督管理局', aliases: ['市场监管局', '县市场监管局'] });
    expect(DepartmentOps.rename(doc, '县卫健委', '县市场监督管理局')).toBeNull(); // name taken
    expect(DepartmentOps.rename(doc, '县卫生局', '县卫生健康局')).not.toBeNull();
    expect(PlanDoc.assigneeOf(doc, 's-1')).toBe('县卫生健康局');
  });

  it('merges two departments: the merged name and its aliases join the kept one, assignees move', () => {
    const doc = planDoc();
    expect(DepartmentOps.merge(doc, '县卫健委', '县卫生局')).toEqual({ from: '县卫生局', to: '县卫健委' });
    expect(PlanDoc.departments(doc).map((d) => d.name)).toEqual(['县市场监管局', '县卫健委']);
    expect(PlanDoc.departments(doc)[1]!.aliases).toEqual(['县卫生局', '卫生局']);
    expect(PlanDoc.assigneeOf(doc, 's-1')).toBe('县卫健委');
    // Kept after the merged one in the list: indexes stay right.
    const doc2 = planDoc();
    DepartmentOps.merge(doc2, '县卫生局', '县市场监管局');
    expect(PlanDoc.departments(doc2).map((d) => d.name)).toEqual(['县卫健委', '县卫生局']);
  });

  it('sets aliases without duplicates or the name itself', () => {
    const doc = planDoc();
    DepartmentOps.setAliases(doc, '县卫健委', ['卫健委', ' 卫健委', '县卫健委', '卫生健康委']);
    expect(PlanDoc.departments(doc)[1]).toEqual({ name: '县卫健委', aliases: ['卫健委', '卫生健康委'] });
  });

  it("renames a unit in a body doc's measures, once per list after a merge", () => {
    const doc = new Y.Doc();
    const body: Body = [{ type: 'paragraph', children: [{ text: '总体要求。' }] }, item('m-1', ['县卫生局'], ['县卫健委', '县卫生局']), item('m-2', ['县市场监管局'], [])];
    BodyDoc.write(doc, body);
    expect(DepartmentOps.renameUnits(doc, { from: '县卫生局', to: '县卫健委' })).toBe(2);
    const items = BodyDoc.read(doc).filter((b) => b.type === 'item');
    expect(items.map((i) => [i.leadUnits, i.supportUnits])).toEqual([[['县卫健委'], ['县卫健委']], [['县市场监管局'], []]]);
  });

  it('two plan docs converge after a concurrent rename and alias edit', () => {
    const a = planDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    DepartmentOps.rename(a, '县卫健委', '县卫生健康委员会');
    DepartmentOps.setAliases(b, '县市场监管局', ['市场监管局', '市监局']);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(PlanDoc.departments(a)).toEqual(PlanDoc.departments(b));
    expect(PlanDoc.departments(a).map((d) => d.name)).toEqual(['县市场监管局', '县卫生健康委员会', '县卫生局']);
    expect(PlanDoc.departments(a)[0]!.aliases).toEqual(['市场监管局', '市监局']);
  });
});
