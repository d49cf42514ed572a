import { withYjs, YjsEditor } from '@slate-yjs/core';
import { createEditor } from 'slate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { Suggestions, type ReviewNode } from '../../../main/common/review/suggestions';
import type { PlanSession } from '../../../renderer/src/editor/collab/plan-session';
import { decideRoundMarks } from '../../../renderer/src/editor/review-round/decide-round-marks';
import '../../../renderer/src/editor/slate-types';
import { samplePlan } from '../model/fixtures';

// 采纳 / 不予采纳 in the 采纳情况表 applies the 修订 in the text (review-round.md): on the section's mounted
// editor, or headless on the body's doc when no editor shows it — both marks of a replacement, nothing else.

const mark = (id: string, kind: 'ins' | 'del') => ({ id, kind, by: '李四', dept: '县发展和改革局', at: '2025-03-11T01:00:00.000Z' });

/** The sample plan's docs as a page holds them; section s1's first paragraph carries a replacement and another insertion. */
function pageDocs() {
  const plan = samplePlan();
  const planDoc = new Y.Doc();
  PlanDoc.write(planDoc, plan);
  const bodies = new Map<string, Y.Doc>();
  for (const [id, body] of PlanDoc.bodies(plan)) {
    const doc = new Y.Doc();
    BodyDoc.write(doc, body);
    bodies.set(id, doc);
  }
  const target = [...PlanDoc.bodies(plan).keys()].find((id) => id !== 'preamble' && id !== 'closing')!;
  const doc = bodies.get(target)!;
  const block = BodyDoc.root(doc).toDelta()[0].insert as Y.XmlText;
  const old = (block.toDelta()[0].insert as string).slice(0, 2);
  block.insert(0, '测量', { suggest: mark('i', 'ins') });
  block.format(2, 2, { suggest: mark('d', 'del') });
  block.insert(block.length, '（另议）', { suggest: mark('other', 'ins') });
  const session = {
    planDoc,
    body: (id: string) => {
      const local = bodies.get(id)!;
      return { ready: true, readOnly: false, local, root: BodyDoc.root(local), onReady: () => () => undefined };
    },
  } as unknown as PlanSession;
  return { session, doc, target, old };
}

const open = (doc: Y.Doc) => Suggestions.list(BodyDoc.read(doc) as unknown as ReviewNode[]).map((s) => s.id);
const text = (doc: Y.Doc) => (BodyDoc.read(doc)[0] as { children: Array<{ text: string }> }).children.map((c) => c.text).join('');

describe('decideRoundMarks', () => {
  it('off the page: rejecting a replacement removes the insertion and keeps the old words, other 修订 untouched', async () => {
    const { session, doc, old } = pageDocs();
    expect(open(doc)).toEqual(['i', 'd', 'other']);
    expect(await decideRoundMarks(session, () => null, ['d', 'i'], 'reject')).toBe(2);
    expect(open(doc)).toEqual(['other']);
    expect(text(doc).startsWith(old)).toBe(true);
    expect(text(doc)).not.toContain('测量');
    // Already decided: nothing found, nothing changes.
    const before = Y.encodeStateVector(doc);
    expect(await decideRoundMarks(session, () => null, ['d', 'i'], 'accept')).toBe(0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('on the mounted editor: accepting a replacement keeps the new words and drops the old, and the editor shows it', async () => {
    const { session, doc, target, old } = pageDocs();
    const editor = withYjs(createEditor(), BodyDoc.root(doc), { autoConnect: false });
    YjsEditor.connect(editor);
    expect(await decideRoundMarks(session, (id) => (id === target ? editor : null), ['d', 'i'], 'accept')).toBe(2);
    YjsEditor.flushLocalChanges(editor);
    expect(open(doc)).toEqual(['other']);
    expect(text(doc).startsWith('测量')).toBe(true);
    expect(text(doc)).not.toContain(old);
    expect(JSON.stringify(editor.children)).not.toContain('"suggest":{"id":"i"');
    YjsEditor.disconnect(editor);
  });
});
