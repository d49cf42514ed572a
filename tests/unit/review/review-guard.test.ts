import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyComments } from '../../../main/common/collab/body-comments';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import type { SuggestMark } from '../../../main/common/model/suggest-mark';
import { reviewViolation } from '../../../main/node/server/limits/review-guard';

// The gate's check for comment-only and suggest-only writers: what such a writer produces with the app's
// own operations passes; direct text changes, others' suggestions or comments, and unit changes do not.

const ITEM = { type: 'item', id: 'm1', level: 3, role: 'measure', leadUnits: ['县财政局'], supportUnits: [], deadline: null, children: [{ text: '加快建设县域物流中心。' }] };
const mark = (id: string, kind: 'ins' | 'del', dept: string): SuggestMark => ({ id, kind, by: '张三', dept, at: '2026-12-05T03:00:00Z' });

function server(): Y.Doc {
  const doc = new Y.Doc();
  BodyDoc.write(doc, [ITEM as never, { type: 'paragraph', children: [{ text: '第二段。' }] }]);
  return doc;
}
/** A peer's copy of the server doc, and a function that returns the update its edit makes. */
function edit(doc: Y.Doc, fn: (peer: Y.Doc, block: Y.XmlText) => void): Uint8Array {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  const sv = Y.encodeStateVector(peer);
  fn(peer, BodyDoc.root(peer).toDelta()[0].insert as Y.XmlText);
  return Y.encodeStateAsUpdate(peer, sv);
}
const apply = (doc: Y.Doc, update: Uint8Array) => { Y.applyUpdate(doc, update); return doc; };

describe('reviewViolation (suggest-only)', () => {
  it('allows a marked insertion, marking text as deleted, and undoing its own insertion', () => {
    const doc = server();
    const ins = edit(doc, (_, b) => b.insert(4, '和冷链', { suggest: mark('s1', 'ins', '县商务局') }));
    expect(reviewViolation(doc, ins, 'suggest', '县商务局')).toBeNull();
    apply(doc, ins);
    const del = edit(doc, (_, b) => b.format(0, 2, { suggest: mark('s2', 'del', '县商务局') }));
    expect(reviewViolation(doc, del, 'suggest', '县商务局')).toBeNull();
    apply(doc, del);
    const undoOwn = edit(doc, (_, b) => b.delete(4, 3));
    expect(reviewViolation(doc, undoOwn, 'suggest', '县商务局')).toBeNull();
  });

  it('refuses a direct text change, a deletion, a unit change, a split and an unmarked insertion', () => {
    const doc = server();
    expect(reviewViolation(doc, edit(doc, (_, b) => b.insert(0, '擅自')), 'suggest', '县商务局')).toMatch(/text itself/);
    expect(reviewViolation(doc, edit(doc, (_, b) => b.delete(0, 2)), 'suggest', '县商务局')).toMatch(/text itself/);
    expect(reviewViolation(doc, edit(doc, (_, b) => b.setAttribute('leadUnits', ['县商务局'])), 'suggest', '县商务局')).toMatch(/text itself/);
    expect(reviewViolation(doc, edit(doc, (p) => BodyDoc.root(p).delete(1, 1)), 'suggest', '县商务局')).toMatch(/text itself/);
    // A mark that is not a well-formed one counts as text.
    expect(reviewViolation(doc, edit(doc, (_, b) => b.insert(0, '伪装', { suggest: { kind: 'ins' } })), 'suggest', '县商务局')).toMatch(/text itself/);
  });

  it("refuses removing, accepting or taking over another department's suggestion, and suggestions in another's name", () => {
    const doc = server();
    apply(doc, edit(doc, (_, b) => b.insert(4, '和冷链', { suggest: mark('s1', 'ins', '县财政局') })));
    apply(doc, edit(doc, (_, b) => b.format(0, 2, { suggest: mark('s2', 'del', '县财政局') })));
    const dept = '县商务局';
    expect(reviewViolation(doc, edit(doc, (_, b) => b.delete(4, 3)), 'suggest', dept)).toMatch(/another department/);
    expect(reviewViolation(doc, edit(doc, (_, b) => b.format(4, 3, { suggest: null })), 'suggest', dept)).toMatch(/text itself/);
    expect(reviewViolation(doc, edit(doc, (_, b) => b.format(0, 2, { suggest: null })), 'suggest', dept)).toMatch(/another department/);
    expect(reviewViolation(doc, edit(doc, (_, b) => b.format(0, 2, { suggest: mark('s2', 'del', dept) })), 'suggest', dept)).toMatch(/another department/);
    expect(reviewViolation(doc, edit(doc, (_, b) => b.insert(8, '新增', { suggest: mark('s3', 'ins', '县财政局') })), 'suggest', dept)).toMatch(/another department/);
  });
});

describe('reviewViolation (comments)', () => {
  const comment = (peer: Y.Doc, id: string, dept: string) => {
    const root = BodyDoc.root(peer);
    BodyComments.add(peer, {
      id, start: Y.createRelativePositionFromTypeIndex(root, 0), end: Y.createRelativePositionFromTypeIndex(root, 1),
      quote: '加快', text: '建议明确完成时限。', by: '李四', dept, at: '2026-12-05T03:00:00Z',
    });
  };
  it('a comment-only writer adds, replies to and resolves its own comments, and nothing else', () => {
    const doc = server();
    const add = edit(doc, (p) => comment(p, 'c1', '县商务局'));
    expect(reviewViolation(doc, add, 'comment', '县商务局')).toBeNull();
    apply(doc, add);
    expect(reviewViolation(doc, edit(doc, (p) => BodyComments.setResolved(p, 'c1', true)), 'comment', '县商务局')).toBeNull();
    expect(reviewViolation(doc, edit(doc, (p) => BodyComments.reply(p, { id: 'c2', parent: 'c1', text: '同意', by: '王五', dept: '县商务局', at: 'x' })), 'comment', '县商务局')).toBeNull();
    // Not: a text change, another department's name, another department's comment, a deletion, junk.
    expect(reviewViolation(doc, edit(doc, (_, b) => b.insert(0, '擅自', { suggest: mark('s9', 'ins', '县商务局') })), 'comment', '县商务局')).toMatch(/changed the text/);
    expect(reviewViolation(doc, edit(doc, (p) => comment(p, 'c3', '县财政局')), 'comment', '县商务局')).toMatch(/another department/);
    expect(reviewViolation(doc, edit(doc, (p) => BodyComments.setResolved(p, 'c1', true)), 'comment', '县财政局')).toMatch(/another department's comment/);
    expect(reviewViolation(doc, edit(doc, (p) => p.getMap('comments').delete('c1')), 'comment', '县商务局')).toMatch(/removed/);
    expect(reviewViolation(doc, edit(doc, (p) => p.getMap('comments').set('c4', { id: 'c4', dept: '县商务局' })), 'comment', '县商务局')).toMatch(/malformed/);
  });
});
