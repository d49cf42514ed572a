import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { Suggestions, type ReviewNode } from '../../../main/common/review/suggestions';
import { reviewViolation } from '../../../main/node/server/limits/review-guard';
import { decideSuggestions } from '../../../renderer/src/editor/commands/decide-suggestions';
import '../../../renderer/src/editor/slate-types';
import { withSuggestMode } from '../../../renderer/src/editor/with-suggest-mode';

// What a suggest-mode editor sends is what the gate lets through, and the owner's accept/reject turns it
// into the text the pure Suggestions.decide gives.

const WHO = { by: '张三', dept: '县商务局' };

function bound(state: Uint8Array, suggest: boolean) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const editor = withSuggestMode(withYjs(createEditor(), BodyDoc.root(doc), { autoConnect: false }), () => (suggest ? WHO : null));
  YjsEditor.connect(editor);
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, editor, updates, flush: () => YjsEditor.flushLocalChanges(editor) };
}

function server(): Y.Doc {
  const doc = new Y.Doc();
  BodyDoc.write(doc, [{ type: 'paragraph', children: [{ text: '加快建设县域物流中心。' }] }, { type: 'paragraph', children: [{ text: '第二段。' }] }]);
  return doc;
}

describe('suggest mode', () => {
  it('typing, backspace, selection delete and Enter produce only what the gate allows', () => {
    const srv = server();
    const peer = bound(Y.encodeStateAsUpdate(srv), true);
    const e = peer.editor;
    Transforms.select(e, { path: [0, 0], offset: 4 });
    e.insertText('冷链');
    e.insertText('和');
    e.deleteBackward('character'); // own insertion: removed for real
    Transforms.select(e, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [0, 0], offset: 2 } });
    e.deleteFragment();
    Transforms.select(e, Editor.end(e, [0]));
    e.deleteBackward('character'); // 。 marked
    Transforms.select(e, Editor.start(e, [1]));
    e.deleteBackward('character'); // at a block start: no join
    e.insertBreak(); // no split
    peer.flush();
    for (const u of peer.updates) {
      expect(reviewViolation(srv, u, 'suggest', WHO.dept)).toBeNull();
      Y.applyUpdate(srv, u);
    }
    const body = BodyDoc.read(srv) as unknown as ReviewNode[];
    expect(body).toHaveLength(2);
    expect(Suggestions.list(body).map((s) => [s.kind, s.text, s.dept])).toEqual([['del', '加快', '县商务局'], ['ins', '冷链', '县商务局'], ['del', '。', '县商务局']]);
    expect(Suggestions.acceptedView(body)).toEqual(Suggestions.acceptedView(BodyDoc.read(server()) as unknown as ReviewNode[]));

    // The owner accepts this department's suggestions: the text becomes what the pure decide says.
    const owner = bound(Y.encodeStateAsUpdate(srv), false);
    decideSuggestions(owner.editor, { decision: 'accept', which: (m) => m.dept === '县商务局' });
    owner.flush();
    expect(BodyDoc.read(owner.doc)).toEqual(Suggestions.decide(body, 'accept', (m) => m.dept === '县商务局'));
    expect(JSON.stringify(BodyDoc.read(owner.doc))).toContain('建设冷链县域物流中心');
  });

  it('rejecting all gives back the text as it was', () => {
    const srv = server();
    const peer = bound(Y.encodeStateAsUpdate(srv), true);
    Transforms.select(peer.editor, { anchor: { path: [0, 0], offset: 2 }, focus: { path: [0, 0], offset: 4 } });
    peer.editor.insertText('推进');
    peer.flush();
    for (const u of peer.updates) Y.applyUpdate(srv, u);
    const owner = bound(Y.encodeStateAsUpdate(srv), false);
    decideSuggestions(owner.editor, { decision: 'reject', which: () => true });
    owner.flush();
    expect(BodyDoc.read(owner.doc)).toEqual(BodyDoc.read(server()));
  });
});
