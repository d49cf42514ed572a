import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { NumberingStore } from '../../../renderer/src/editor/numbering/numbering-store';

const item = (id: string, level = 3): Descendant => ({
  type: 'item', id, level, role: 'measure', leadUnits: [], supportUnits: [], deadline: null, children: [{ text: id }],
} as Descendant);
const settle = () => new Promise<void>((r) => queueMicrotask(r));

describe('NumberingStore: live labels from the outline and the body editors', () => {
  it('labels sections and items across bodies, continuous or per section', async () => {
    const store = new NumberingStore();
    store.setOutline([{ id: 'A', level: 1 }, { id: 'a', level: 2 }, { id: 'B', level: 1 }], 'continuous');
    store.setBody('a', [item('m1'), item('m2', 4), item('m3')]);
    store.setBody('B', [item('m4')]);
    await settle();
    expect(['A', 'a', 'B', 'm1', 'm2', 'm3', 'm4'].map(store.label)).toEqual(['一、', '（一）', '二、', '1.', '（1）', '2.', '3.']);
    store.setOutline([{ id: 'A', level: 1 }, { id: 'a', level: 2 }, { id: 'B', level: 1 }], 'per-section');
    await settle();
    expect(store.label('m4')).toBe('1.');
  });

  it('tells only the subscribers whose label changed, once per batch', async () => {
    const store = new NumberingStore();
    store.setOutline([{ id: 'A', level: 1 }, { id: 'B', level: 1 }], 'continuous');
    store.setBody('A', [item('m1')]);
    store.setBody('B', [item('m2')]);
    await settle();
    const heard: string[] = [];
    for (const id of ['A', 'B', 'm1', 'm2']) store.subscribe(id, () => heard.push(id));
    // Reorder: B before A. Section labels swap; the items swap numbers too.
    store.setOutline([{ id: 'B', level: 1 }, { id: 'A', level: 1 }], 'continuous');
    store.setOutline([{ id: 'B', level: 1 }, { id: 'A', level: 1 }], 'continuous');
    await settle();
    expect(heard.sort()).toEqual(['A', 'B', 'm1', 'm2']);
    heard.length = 0;
    store.setBody('B', [item('m2')]);
    await settle();
    expect(heard).toEqual([]);
  });

  it('numbers the annex too: a 办法 attachment by 章 and 条 on its own, the notice\'s items apart from the plan\'s', async () => {
    const store = new NumberingStore();
    store.setOutline([{ id: 'A', level: 1 }], 'continuous');
    store.setBody('A', [item('m1')]);
    store.setAnnex({ notice: { title: '通知' }, attachments: [
      { id: 'a1', kind: 'task-table', title: '任务分解表', scheme: 'plan', sections: [] },
      { id: 'a2', kind: 'document', title: '办法', scheme: 'regulation', sections: [
        { id: 'c1', level: 1, kind: 'other', title: '总则', assignee: null },
        { id: 'c2', level: 1, kind: 'other', title: '附则', assignee: null },
      ] },
    ] });
    store.setBody('notice', [item('n1')]);
    store.setBody('c1', [item('r1'), item('r2')]);
    store.setBody('c2', [item('r3')]);
    await settle();
    expect(['A', 'm1', 'n1', 'c1', 'r1', 'r2', 'c2', 'r3'].map(store.label)).toEqual(['一、', '1.', '1.', '第一章', '第一条', '第二条', '第二章', '第三条']);
  });
});
