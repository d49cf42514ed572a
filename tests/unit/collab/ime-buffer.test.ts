import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { resetBody } from '../../../main/common/collab/reset-body';
import { FROM_NETWORK, ImeBuffer } from '../../../main/common/collab/ime-buffer';

/** Two docs wired like provider ↔ server ↔ provider: the "network" of A and of B stay in sync. */
function setup() {
  const seed = new Y.Doc();
  BodyDoc.write(seed, [{ type: 'paragraph', children: [{ text: '推进质量强县建设。' }] }]);
  const netA = new Y.Doc();
  const netB = new Y.Doc();
  for (const d of [netA, netB]) Y.applyUpdate(d, Y.encodeStateAsUpdate(seed));
  netA.on('update', (u: Uint8Array, o: unknown) => o !== 'wire' && Y.applyUpdate(netB, u, 'wire'));
  netB.on('update', (u: Uint8Array, o: unknown) => o !== 'wire' && Y.applyUpdate(netA, u, 'wire'));
  const localA = new Y.Doc();
  let composing = false;
  let applied = 0;
  const buffer = new ImeBuffer({ local: localA, network: netA, isComposing: () => composing, onApplied: () => applied++ });
  const editorA = withYjs(createEditor(), BodyDoc.root(localA));
  YjsEditor.connect(editorA);
  const editorB = withYjs(createEditor(), BodyDoc.root(netB));
  YjsEditor.connect(editorB);
  const type = (editor: Editor & YjsEditor, text: string, offset: number) => {
    Transforms.insertText(editor, text, { at: { path: [0, 0], offset } });
    YjsEditor.flushLocalChanges(editor);
  };
  return { buffer, editorA, editorB, netA, netB, localA, type, setComposing: (c: boolean) => (composing = c), applied: () => applied };
}

describe('IME buffer: remote updates wait while composing', () => {
  it('starts level: the local doc gets the network state', () => {
    const s = setup();
    expect(Editor.string(s.editorA, [0])).toBe('推进质量强县建设。');
  });

  it('forwards local edits at once and applies remote ones at once when not composing', () => {
    const s = setup();
    s.type(s.editorA, '甲', 0);
    expect(Editor.string(s.editorB, [0])).toBe('甲推进质量强县建设。');
    s.type(s.editorB, '乙', 0);
    YjsEditor.flushLocalChanges(s.editorA);
    expect(Editor.string(s.editorA, [0])).toContain('乙');
    expect(s.buffer.pendingCount).toBe(0);
  });

  it('buffers remote edits during a composition and applies them in one transaction at compositionend', () => {
    const s = setup();
    s.setComposing(true);
    s.type(s.editorA, '质', 2); // the composing user's text still goes out at once
    expect(Editor.string(s.editorB, [0])).toContain('质');
    s.type(s.editorB, '【一】', 0);
    s.type(s.editorB, '【二】', 0);
    expect(s.buffer.pendingCount).toBe(2);
    expect(Editor.string(s.editorA, [0])).not.toContain('【');
    let transactions = 0;
    // Remote changes arrive as one transaction (the editor's own normalisation afterwards is local).
    s.localA.on('afterTransaction', (tr: Y.Transaction) => tr.origin === FROM_NETWORK && transactions++);
    s.setComposing(false);
    s.buffer.compositionEnd();
    YjsEditor.flushLocalChanges(s.editorA);
    expect(transactions).toBe(1);
    expect(s.applied()).toBe(1);
    expect(Editor.string(s.editorA, [0])).toBe(Editor.string(s.editorB, [0]));
    expect(Editor.string(s.editorA, [0])).toContain('【二】【一】');
  });

  it('a lost compositionend does not strand updates: the next update flushes them in order', () => {
    const s = setup();
    s.setComposing(true);
    s.type(s.editorB, '早', 0);
    s.setComposing(false); // compositionend never reported
    s.type(s.editorB, '晚', 0);
    YjsEditor.flushLocalChanges(s.editorA);
    expect(s.buffer.pendingCount).toBe(0);
    expect(Editor.string(s.editorA, [0])).toBe(Editor.string(s.editorB, [0]));
    expect(Editor.string(s.editorA, [0]).startsWith('晚早')).toBe(true);
  });

  it('destroy applies what is buffered and stops bridging', () => {
    const s = setup();
    s.setComposing(true);
    s.type(s.editorB, '留', 0);
    s.buffer.destroy();
    YjsEditor.flushLocalChanges(s.editorA);
    expect(Editor.string(s.editorA, [0])).toContain('留');
    s.type(s.editorB, '断', 0);
    expect(Editor.string(s.editorA, [0])).not.toContain('断');
  });

  describe('why the editor never gets raw network updates', () => {
    // An author types "，" then "（一）" into a paragraph (one struct of length 4 in its store); a
    // colleague got only "，" and deleted the paragraph, so it sends that character as a GC struct.
    function overlapping() {
      const seed = new Y.Doc();
      BodyDoc.write(seed, [{ type: 'paragraph', children: [{ text: '' }] }]);
      const author = new Y.Doc();
      Y.applyUpdate(author, Y.encodeStateAsUpdate(seed));
      const para = (d: Y.Doc) => (BodyDoc.root(d).toDelta()[0] as { insert: Y.XmlText }).insert;
      para(author).insert(0, '，');
      const first = Y.encodeStateAsUpdate(author);
      para(author).insert(1, '（一）');
      const colleague = new Y.Doc();
      Y.applyUpdate(colleague, first);
      BodyDoc.root(colleague).delete(0, 1);
      return { seed: Y.encodeStateAsUpdate(seed), gcd: Y.encodeStateAsUpdate(colleague), full: Y.encodeStateAsUpdate(author) };
    }

    it('Yjs 13.6 crashes on them in a doc with an undo manager (it keeps the deleted paragraph)', () => {
      const u = overlapping();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, u.seed);
      new Y.UndoManager(BodyDoc.root(doc));
      Y.applyUpdate(doc, u.gcd);
      expect(() => Y.applyUpdate(doc, u.full)).toThrow(/origin/);
    });

    it('through the bridge the editor doc only gets what the network doc integrated, and converges', () => {
      const u = overlapping();
      const network = new Y.Doc();
      const local = new Y.Doc();
      new Y.UndoManager(BodyDoc.root(local));
      new ImeBuffer({ local, network, isComposing: () => false });
      for (const update of [u.seed, u.gcd, u.full]) Y.applyUpdate(network, update, 'provider');
      expect(Y.encodeStateVector(local)).toEqual(Y.encodeStateVector(network));
      expect(BodyDoc.read(local)).toEqual([]);
    });
  });
});

describe('IME buffer: applyToBoth (the server state when a plan opens)', () => {
  it('puts the state into both docs without an update event on either, and the bridge keeps working after', () => {
    const server = new Y.Doc();
    BodyDoc.write(server, [{ type: 'paragraph', children: [{ text: '打开时的服务器内容。' }] }]);
    const network = new Y.Doc();
    const local = new Y.Doc();
    const buffer = new ImeBuffer({ local, network, isComposing: () => false });
    const sent: Uint8Array[] = [];
    network.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== 'provider') sent.push(u);
    });
    let localEvents = 0;
    local.on('update', () => localEvents++);
    buffer.applyToBoth(Y.encodeStateAsUpdate(server), 'provider');
    expect(sent).toEqual([]);
    expect(localEvents).toBe(0);
    expect(BodyDoc.read(network)).toEqual(BodyDoc.read(server));
    expect(BodyDoc.read(local)).toEqual(BodyDoc.read(server));
    // The listeners are back: an edit in the editor's doc reaches the network doc (and would be sent).
    const editor = withYjs(createEditor(), BodyDoc.root(local));
    YjsEditor.connect(editor);
    Transforms.insertText(editor, '续写', { at: Editor.end(editor, [0]) });
    YjsEditor.flushLocalChanges(editor);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(BodyDoc.read(network))).toContain('打开时的服务器内容。续写');
    // And a remote update to the network doc still reaches the editor's doc.
    Y.applyUpdate(server, Y.encodeStateAsUpdate(network));
    const remote = withYjs(createEditor(), BodyDoc.root(server));
    YjsEditor.connect(remote);
    Transforms.insertText(remote, '甲', { at: Editor.start(remote, [0]) });
    YjsEditor.flushLocalChanges(remote);
    Y.applyUpdate(network, Y.encodeStateAsUpdate(server, Y.encodeStateVector(network)), 'provider');
    expect(Editor.string(editor, [0])).toBe('甲打开时的服务器内容。续写');
    buffer.destroy();
  });
});

describe('IME buffer: deferLocal (local edits sent after the keystroke\'s frame)', () => {
  function deferred() {
    const network = new Y.Doc();
    const local = new Y.Doc();
    const runs: Array<() => void> = [];
    const buffer = new ImeBuffer({ local, network, isComposing: () => false, deferLocal: (run) => runs.push(run) });
    const editor = withYjs(createEditor(), BodyDoc.root(local));
    YjsEditor.connect(editor);
    Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] } as never, { at: [0] });
    YjsEditor.flushLocalChanges(editor);
    const type = (text: string) => {
      Transforms.insertText(editor, text, { at: Editor.end(editor, []) });
      YjsEditor.flushLocalChanges(editor);
    };
    const networkText = () => JSON.stringify(BodyDoc.read(network));
    return { network, local, runs, buffer, editor, type, networkText };
  }

  it('keystrokes reach the network doc when the scheduled run comes, in order, one update per edit', () => {
    const d = deferred();
    const sent: Uint8Array[] = [];
    d.network.on('update', (u: Uint8Array) => sent.push(u));
    d.type('质');
    d.type('量');
    expect(d.networkText()).not.toContain('质');
    // Counted as unsent until then (the save status shows them as unsynced): the paragraph and two keystrokes.
    expect(d.buffer.unsentCount).toBe(3);
    // One run scheduled for the whole batch (the first edit of the batch schedules it).
    expect(d.runs).toHaveLength(1);
    d.runs.splice(0).forEach((run) => run());
    expect(sent).toHaveLength(3);
    expect(d.buffer.unsentCount).toBe(0);
    expect(d.networkText()).toContain('质量');
    expect(Y.encodeStateVector(d.network)).toEqual(Y.encodeStateVector(d.local));
  });

  it('waiting local edits go first when a remote update arrives, and on destroy', () => {
    const d = deferred();
    d.runs.splice(0).forEach((run) => run());
    d.type('甲');
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(d.network));
    const remoteEditor = withYjs(createEditor(), BodyDoc.root(remote));
    YjsEditor.connect(remoteEditor);
    Transforms.insertText(remoteEditor, '乙', { at: Editor.start(remoteEditor, []) });
    YjsEditor.flushLocalChanges(remoteEditor);
    Y.applyUpdate(d.network, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(d.network)), 'provider');
    // The remote edit triggered sending ours first; both docs hold both edits (in the order of the
    // two client ids: both were typed at the same place).
    expect(d.networkText()).toContain('甲');
    expect([...Editor.string(d.editor, [])].sort()).toEqual(['乙', '甲'].sort());
    d.type('丙');
    d.buffer.destroy();
    expect(d.networkText()).toContain(`${Editor.string(d.editor, [])}`);
    expect(Editor.string(d.editor, [])).toMatch(/丙$/);
  });
  it('a deep body reset in groups of levels reaches the network doc as those groups (never one merged, stack-deep transaction)', () => {
    const network = new Y.Doc();
    const local = new Y.Doc();
    const runs: Array<() => void> = [];
    const buffer = new ImeBuffer({ local, network, isComposing: () => false, deferLocal: (run) => runs.push(run) });
    // Deeper than one transaction may delete (reset-body.ts), in both docs before the reset.
    const deep = new Y.Doc();
    BodyDoc.write(deep, []);
    deep.transact(() => {
      let cur = BodyDoc.root(deep);
      for (let i = 0; i < 6000; i++) {
        const x = new Y.XmlText();
        cur.insertEmbed(cur.length, x);
        x.setAttribute('type', 'paragraph');
        cur = x;
      }
      cur.insert(0, '深处的文字');
    });
    buffer.applyToBoth(Y.encodeStateAsUpdate(deep), 'provider');
    resetBody(local);
    runs.splice(0).forEach((run) => run());
    expect(buffer.unsentCount).toBe(0);
    expect(JSON.stringify(BodyDoc.read(network))).toContain('深处的文字');
    expect(BodyDoc.read(network)).toEqual(BodyDoc.read(local));
    buffer.destroy();
  });
});
