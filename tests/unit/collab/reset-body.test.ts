import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { BodyComments } from '../../../main/common/collab/body-comments';
import { bodyShapeProblem, resetBody } from '../../../main/common/collab/reset-body';
import { Item } from '../../../main/common/model/item';

/** A body with a good item and, after it, Y.XmlText nested `depth` deep with a word at the bottom. */
function damaged(depth: number): Y.Doc {
  const doc = new Y.Doc();
  BodyDoc.write(doc, [Item.create({ text: '完好的措施' })]);
  const root = BodyDoc.root(doc);
  doc.transact(() => {
    let cur = root;
    for (let i = 0; i < depth; i++) {
      const x = new Y.XmlText();
      cur.insertEmbed(cur.length, x);
      x.setAttribute('type', 'paragraph');
      cur = x;
    }
    cur.insert(0, '深处的文字');
  });
  return doc;
}

describe('resetBody', () => {
  it('reads a 6,000-deep body (Yjs itself breaks on deleting one 5,000 deep) tolerantly and rewrites it as Yjs changes a co-editor converges on', () => {
    const doc = damaged(6_000);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    expect(bodyShapeProblem(doc)).toBe('nesting deeper than 4');
    const read = BodyDoc.read(doc); // before: RangeError (maximum call stack size exceeded)
    expect(read.map((b) => b.type)).toEqual(['item', 'paragraph']);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    resetBody(doc);
    expect(updates).toHaveLength(16); // bottom-up in 15 groups of 400 levels, then the rewrite
    for (const u of updates) Y.applyUpdate(peer, u); // each update alone, as the server and co-editors get them
    expect(bodyShapeProblem(doc)).toBeNull();
    expect(BodyDoc.read(doc)).toEqual(read);
    expect(BodyDoc.read(peer)).toEqual(read);
    expect(JSON.stringify(read)).toContain('深处的文字');
    // The damaged content is gone from the state a new reader loads.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(peer));
    expect(bodyShapeProblem(fresh)).toBeNull();
  });
});

describe('bodyShapeProblem', () => {
  it('a body with 批注 (its comments root) can be shown; a root the server never accepts cannot', () => {
    const doc = new Y.Doc();
    BodyDoc.write(doc, [{ type: 'paragraph', children: [{ text: '以习近平新时代中国特色社会主义思想为指导' }] }]);
    const root = BodyDoc.root(doc);
    BodyComments.add(doc, {
      id: 'cm-1', start: Y.createRelativePositionFromTypeIndex(root, 0), end: Y.createRelativePositionFromTypeIndex(root, 1),
      quote: '以习近平', text: '建议与上级文件提法一致。', by: '李四', dept: '旗发展和改革局', at: '2026-12-05T08:00:00.000Z',
    });
    expect(bodyShapeProblem(doc)).toBeNull();
    doc.getMap('elsewhere').set('x', 1);
    expect(bodyShapeProblem(doc)).toBe('unknown root elsewhere');
  });
});
