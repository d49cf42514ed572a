import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { withResyncOnBindingError } from '../../../main/common/collab/with-resync-on-binding-error';

const para = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

/** A bound editor whose Slate tree lost its second block (what a binding desync leaves behind). */
function staleEditor(guard: boolean) {
  const doc = new Y.Doc();
  BodyDoc.write(doc, [para('甲'), para('乙')]);
  const errors: unknown[] = [];
  const base = withYjs(createEditor(), BodyDoc.root(doc));
  const editor = guard ? withResyncOnBindingError(base, (e) => errors.push(e)) : base;
  YjsEditor.connect(editor);
  editor.children = [para('甲')];
  return { doc, editor, errors };
}

/** A colleague deletes the second block (slate-yjs: "yOffset out of bounds" on the stale tree). */
function remoteDelete(doc: Y.Doc): void {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  BodyDoc.root(other).delete(1, 1);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)), 'net');
}

const texts = (editor: Editor) => editor.children.map((n) => Editor.string(editor, [editor.children.indexOf(n)]));

describe('withResyncOnBindingError', () => {
  it('without it, slate-yjs throws out of the remote update (the case being guarded)', () => {
    const { doc } = staleEditor(false);
    expect(() => remoteDelete(doc)).toThrow();
  });

  it('catches the error, reloads the tree from Yjs, and local edits still reach Yjs afterwards', () => {
    const { doc, editor, errors } = staleEditor(true);
    remoteDelete(doc);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toMatch(/out of bounds/);
    expect(texts(editor)).toEqual(['甲']);
    // slate-yjs left the remote origin set after the throw; the guard reset it, so this is local again.
    expect(YjsEditor.isLocal(editor)).toBe(true);
    Transforms.insertText(editor, '丁', { at: { path: [0, 0], offset: 0 } });
    YjsEditor.flushLocalChanges(editor);
    expect(BodyDoc.read(doc)).toEqual([para('丁甲')]);
  });

  it('a local op that no longer maps onto Yjs is dropped and the tree reloaded, instead of throwing from onChange', () => {
    const { doc, editor, errors } = staleEditor(true);
    // Merging the (Slate-only) single block with a block Yjs has not got at that path.
    editor.children = [para('甲'), para('乙'), para('幽灵')];
    Transforms.mergeNodes(editor, { at: [2] });
    expect(() => YjsEditor.flushLocalChanges(editor)).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(texts(editor)).toEqual(['甲', '乙']);
    expect(BodyDoc.read(doc)).toEqual([para('甲'), para('乙')]);
  });
});
