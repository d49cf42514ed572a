import { Editor, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { insertBreak } from '../../../renderer/src/editor/commands/insert-break';
import { insertPlainBlocks } from '../../../renderer/src/editor/commands/insert-plain-blocks';
import { setBlockKind } from '../../../renderer/src/editor/commands/set-block-kind';
import { setItemFields } from '../../../renderer/src/editor/commands/set-item-fields';
import { setItemLevel, toggleSubItem } from '../../../renderer/src/editor/commands/set-item-level';
import { toggleBold } from '../../../renderer/src/editor/commands/toggle-bold';
import { at, headless, stableIds, type Fixture } from './headless';

const p = (text: string): Descendant => ({ type: 'paragraph', children: [{ text }] });
const item = (id: string, text: string, extra: Record<string, unknown> = {}): Descendant => ({
  type: 'item', id, level: 3, role: 'measure', leadUnits: ['甲局'], supportUnits: ['乙局'], deadline: '年底前',
  children: [{ text }], ...extra,
} as Descendant);
// Slate's setNodes removes a property set to null, as Yjs does: "no deadline" is its absence
// (the plan schema reads a missing deadline as null).
const fresh = (id: string, text: string, level = 3, role = 'measure'): Descendant => ({
  type: 'item', id, level, role, leadUnits: [], supportUnits: [], children: [{ text }],
} as unknown as Descendant);

const fixtures: Fixture[] = [
  {
    name: 'Enter in a paragraph splits it into two paragraphs',
    input: [p('一二三四')], selection: at([0, 0], 2), run: (e) => insertBreak(e),
    expected: [p('一二'), p('三四')],
  },
  {
    name: 'Enter in an item makes a new item of the same level/role with a NEW id and no units',
    input: [item('m-1', '措施甲措施乙')], selection: at([0, 0], 3), run: (e) => insertBreak(e),
    expected: [item('m-1', '措施甲'), fresh('new-1', '措施乙')],
  },
  {
    name: 'Enter at the end of a sub-item keeps level 4',
    input: [item('m-1', '子项', { level: 4 })], selection: at([0, 0], 2), run: (e) => insertBreak(e),
    expected: [item('m-1', '子项', { level: 4 }), fresh('new-1', '', 4)],
  },
  {
    name: 'Enter after the run-in title: the new item does not inherit the lead mark',
    input: [{ ...(item('m-1', '') as object), children: [{ text: '标题。', lead: true }] } as Descendant],
    selection: at([0, 0], 3), run: (e) => insertBreak(e),
    expected: [{ ...(item('m-1', '') as object), children: [{ text: '标题。', lead: true }] } as Descendant, fresh('new-1', '')],
  },
  {
    name: 'Enter in an empty item turns it into a paragraph',
    input: [item('m-1', '')], selection: at([0, 0], 0), run: (e) => insertBreak(e),
    expected: [p('')],
  },
  {
    name: 'a paragraph becomes a measure with a fresh id',
    input: [p('加强领导')], selection: at([0, 0], 1), run: (e) => setBlockKind(e, { kind: 'measure' }),
    expected: [fresh('new-1', '加强领导')],
  },
  {
    name: 'a measure becomes a target and keeps its id and units',
    input: [item('m-1', '目标')], selection: at([0, 0], 1), run: (e) => setBlockKind(e, { kind: 'target' }),
    expected: [item('m-1', '目标', { role: 'target' })],
  },
  {
    name: 'an item becomes a paragraph and loses every item field',
    input: [item('m-1', '回到段落')], selection: at([0, 0], 1), run: (e) => setBlockKind(e, { kind: 'paragraph' }),
    expected: [p('回到段落')],
  },
  {
    name: 'sub-item toggle: 1. → （1） → 1.',
    input: [item('m-1', '甲')], selection: at([0, 0], 0), run: (e) => { toggleSubItem(e); toggleSubItem(e); toggleSubItem(e); },
    expected: [item('m-1', '甲', { level: 4 })],
  },
  {
    name: 'setItemLevel leaves paragraphs alone',
    input: [p('段落')], selection: at([0, 0], 0), run: (e) => setItemLevel(e, { level: 4 }),
    expected: [p('段落')],
  },
  {
    name: 'units are set on the item found by id',
    input: [p('x'), item('m-1', '甲')], selection: at([0, 0], 0),
    run: (e) => setItemFields(e, { id: 'm-1', patch: { leadUnits: ['丙局'], deadline: null } }),
    expected: [p('x'), item('m-1', '甲', { leadUnits: ['丙局'], deadline: undefined })],
  },
  {
    name: 'pasting three blocks in the middle of an item: first joins, middle paragraphs, last takes the tail',
    input: [item('m-1', '前后')], selection: at([0, 0], 1),
    run: (e) => insertPlainBlocks(e, { texts: ['一', '二', '三'] }),
    expected: [item('m-1', '前一'), p('二'), p('三后')],
  },
  {
    name: 'pasting one block is plain text insertion',
    input: [p('前后')], selection: at([0, 0], 1), run: (e) => insertPlainBlocks(e, { texts: ['中'] }),
    expected: [p('前中后')],
  },
];

describe('editor commands', () => {
  for (const f of fixtures) {
    it(f.name, () => {
      const editor = headless(f.input, f.selection);
      const known = new Set(JSON.stringify(f.input).match(/m-\d+/g) ?? []);
      f.run(editor);
      Editor.normalize(editor, { force: true });
      expect(stableIds(editor.children, known)).toEqual(f.expected);
    });
  }

  it('bold uses addMark / removeMark, never bold: false', () => {
    const editor = headless([p('加粗')], { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
    toggleBold(editor);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '加粗', bold: true }] }]);
    toggleBold(editor);
    expect(editor.children).toEqual([p('加粗')]);
    expect(JSON.stringify(editor.children)).not.toContain('"bold":false');
  });
});

describe('normaliser', () => {
  it('removes item fields from a paragraph and relabels unknown blocks, inserting nothing', () => {
    const editor = headless([
      { type: 'paragraph', id: 'm-9', leadUnits: [], children: [{ text: 'a' }] } as unknown as Descendant,
      { type: 'heading', children: [{ text: 'b' }] } as unknown as Descendant,
    ], null);
    Editor.normalize(editor, { force: true });
    expect(editor.children).toEqual([p('a'), p('b')]);
  });

  it('leaves an item without an id alone rather than minting one (ids only at creation)', () => {
    const odd = { type: 'item', level: 3, role: 'measure', leadUnits: [], supportUnits: [], deadline: null, children: [{ text: 'x' }] } as unknown as Descendant;
    const editor = headless([odd], null);
    Editor.normalize(editor, { force: true });
    expect(editor.children).toEqual([odd]);
  });
});
