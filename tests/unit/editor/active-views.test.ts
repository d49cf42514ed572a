import type { Descendant, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../main/common/model/item';
import type { ActiveState } from '../../../renderer/src/editor/active-editor-store';
import { InspectorView } from '../../../renderer/src/editor/inspector/inspector-view';
import { ToolbarView } from '../../../renderer/src/editor/toolbar-view';
import { at, headless } from './headless';

const measure = (text: string, extra: Record<string, unknown> = {}): Descendant => ({
  type: 'item', id: 'm-1', level: 3, role: 'measure', leadUnits: ['县市场监管局'], supportUnits: ['县财政局'], deadline: '2026年底前',
  children: [{ text }], ...extra,
} as Descendant);
const state = (editor: Editor | null, version = 1): ActiveState => ({
  bodyId: editor ? 'b-1' : null, editor, item: editor ? (editor.children[0] as Item) : null, version,
});
/** Types a character at the caret, as a keystroke does (Slate replaces the item object). */
const type = (editor: Editor, text: string) => editor.insertText(text);

describe('ToolbarView: what the toolbar shows changes only with a pressed state', () => {
  it('typing inside a measure gives an equal view', () => {
    const editor = headless([measure('加强质量基础设施建设')], at([0, 0], 2));
    const before = ToolbarView.of(state(editor, 1));
    type(editor, '全');
    const after = ToolbarView.of(state(editor, 2));
    expect(after).toEqual({ editor, kind: 'measure', level: 3, bold: false });
    expect(ToolbarView.equal(before, after)).toBe(true);
  });

  it('bold on at the caret, another block kind, another level or no editor are different views', () => {
    const editor = headless([measure('加强'), { type: 'paragraph', children: [{ text: '段落' }] } as Descendant], at([0, 0], 1));
    const base = ToolbarView.of(state(editor));
    editor.addMark('bold', true);
    expect(ToolbarView.equal(base, ToolbarView.of(state(editor)))).toBe(false);
    editor.removeMark('bold');
    editor.select(at([1, 0], 1));
    expect(ToolbarView.of(state(editor)).kind).toBe('paragraph');
    expect(ToolbarView.equal(base, ToolbarView.of(state(editor)))).toBe(false);
    expect(ToolbarView.equal(base, { ...base, level: 4 })).toBe(false);
    expect(ToolbarView.equal(base, ToolbarView.of(state(null)))).toBe(false);
  });
});

describe('InspectorView: the inspector follows the item and its units, not its text', () => {
  it('typing inside the measure gives an equal view', () => {
    const editor = headless([measure('加强质量基础设施建设')], at([0, 0], 2));
    const before = InspectorView.of(state(editor));
    type(editor, '全');
    expect(editor.children[0]).not.toBe(before.item);
    expect(InspectorView.equal(before, InspectorView.of(state(editor)))).toBe(true);
  });

  it('a unit added, a deadline changed, another item or role are different views', () => {
    const editor = headless([measure('加强')], at([0, 0], 1));
    const base = InspectorView.of(state(editor));
    const other = (extra: Record<string, unknown>) => {
      const e = headless([measure('加强', extra)], at([0, 0], 1));
      return { ...InspectorView.of(state(e)), editor };
    };
    expect(InspectorView.equal(base, other({ leadUnits: ['县市场监管局', '县发改局'] }))).toBe(false);
    expect(InspectorView.equal(base, other({ supportUnits: [] }))).toBe(false);
    expect(InspectorView.equal(base, other({ deadline: '2026年6月底前' }))).toBe(false);
    expect(InspectorView.equal(base, other({ id: 'm-2' }))).toBe(false);
    expect(InspectorView.equal(base, other({ role: 'target' }))).toBe(false);
    // The same fields in new arrays (a colleague's edit that changed nothing) are the same view.
    expect(InspectorView.equal(base, other({ leadUnits: ['县市场监管局'] }))).toBe(true);
    expect(InspectorView.equal(base, InspectorView.of(state(null)))).toBe(false);
  });
});
