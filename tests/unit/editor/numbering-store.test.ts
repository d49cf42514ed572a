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
});
