import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { resyncIfDiverged } from '../../../main/common/collab/resync-if-diverged';

function bound() {
  const doc = new Y.Doc();
  BodyDoc.write(doc, [{ type: 'paragraph', children: [{ text: '质量强县' }] }]);
  const editor = withYjs(createEditor(), BodyDoc.root(doc));
  YjsEditor.connect(editor);
  return { doc, editor };
}

describe('resyncIfDiverged', () => {
  it('leaves an editor that matches its Y text alone', () => {
    const { editor } = bound();
    const before = editor.children;
    expect(resyncIfDiverged(editor)).toBe(false);
    expect(editor.children).toBe(before);
  });

  it('reloads a stale tree (marks the Y text does not have) from Yjs and drops a selection into gone content', () => {
    const { doc, editor } = bound();
    // What the binding bug leaves behind: a bold leaf only the Slate view has.
    editor.children = [{ type: 'paragraph', children: [{ text: '质量', bold: true }, { text: '强县' }] }, { type: 'paragraph', children: [{ text: '多余' }] }] as never;
    editor.selection = { anchor: { path: [1, 0], offset: 1 }, focus: { path: [1, 0], offset: 1 } };
    expect(resyncIfDiverged(editor)).toBe(true);
    expect(editor.children).toEqual([{ type: 'paragraph', children: [{ text: '质量强县' }] }]);
    expect(editor.selection).toBeNull();
    // Still bound: a remote edit reaches the editor afterwards.
    BodyDoc.root(doc).toDelta()[0].insert.insert(0, '推进');
    expect(Editor.string(editor, [])).toBe('推进质量强县');
  });

  it('an emptied body is in sync with no block or with one bare empty leaf (what its Y text decodes to)', () => {
    const { doc, editor } = bound();
    BodyDoc.root(doc).delete(0, BodyDoc.root(doc).length);
    expect(editor.children).toEqual([]);
    expect(resyncIfDiverged(editor)).toBe(false);
    editor.children = [{ text: '' }] as never;
    expect(resyncIfDiverged(editor)).toBe(false);
    editor.children = [{ type: 'paragraph', children: [{ text: '残留' }] }] as never;
    expect(resyncIfDiverged(editor)).toBe(true);
    expect(editor.children).toEqual([]);
  });
});
