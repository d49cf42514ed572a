import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../main/common/checks/finding';
import { checkDecorator } from '../../../renderer/src/editor/checks/finding-range';
import { headless } from './headless';

const finding = (where: Finding['where'], severity: Finding['severity'] = 'warning'): Finding => ({ rule: 'half-width-punctuation', severity, message: 'm', source: 's', where });
const body: Descendant[] = [
  { type: 'item', id: 'm1', level: 3, role: 'measure', leadUnits: [], supportUnits: [], deadline: null, children: [{ text: '推进,', lead: true }, { text: '落实' }] },
  { type: 'paragraph', children: [{ text: '第二段,说明' }] },
];

describe('checkDecorator: findings underlined on the leaves they cover', () => {
  it('marks an item by id and a paragraph by body offset, also when the content arrives after the findings', () => {
    const editor = headless([], null);
    const decorate = checkDecorator(editor, [finding({ sectionId: 's', itemId: 'm1', start: 2, end: 4 }), finding({ sectionId: 's', start: 9, end: 10 }, 'error')]);
    editor.children = structuredClone(body);
    expect(decorate([(editor.children[0] as { children: Descendant[] }).children[0]!, [0, 0]] as never)).toEqual([{ anchor: { path: [0, 0], offset: 2 }, focus: { path: [0, 0], offset: 3 }, check: 'warning' }]);
    expect(decorate([(editor.children[0] as { children: Descendant[] }).children[1]!, [0, 1]] as never)).toEqual([{ anchor: { path: [0, 1], offset: 0 }, focus: { path: [0, 1], offset: 1 }, check: 'warning' }]);
    // 推进,落实 (5) + "\n" → the paragraph starts at 6; offset 9 is its ",".
    expect(decorate([(editor.children[1] as { children: Descendant[] }).children[0]!, [1, 0]] as never)).toEqual([{ anchor: { path: [1, 0], offset: 3 }, focus: { path: [1, 0], offset: 4 }, check: 'error' }]);
  });

  it('an item keeps its mark when a block is inserted above it', () => {
    const editor = headless(body, null);
    const decorate = checkDecorator(editor, [finding({ sectionId: 's', itemId: 'm1', start: 2, end: 3 })]);
    editor.children = [{ type: 'paragraph', children: [{ text: '新段' }] }, ...structuredClone(body)];
    expect(decorate([(editor.children[0] as { children: Descendant[] }).children[0]!, [0, 0]] as never)).toEqual([]);
    expect(decorate([(editor.children[1] as { children: Descendant[] }).children[0]!, [1, 0]] as never)).toHaveLength(1);
  });
});
