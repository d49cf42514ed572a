import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BodyComments } from '../../../main/common/collab/body-comments';
import { BodyDoc } from '../../../main/common/collab/body-doc';
import { DocNames } from '../../../main/common/collab/doc-names';
import { decodePlanDocs, encodePlanDocs } from '../../../main/common/collab/plan-docs';
import { loadPlan } from '../docx/docx-kit';

// 批注 in the plan file: block + offsets, written into the body docs as relative positions and read back;
// an anchor follows its text when a colleague types before it (that is what relative positions are for).

describe('comments between the plan file and the body docs', () => {
  it('round-trips, and an anchor moves with its text after an edit before it', async () => {
    const plan = loadPlan('review');
    const states = encodePlanDocs('p-review', plan);
    const back = await decodePlanDocs('p-review', async (name) => states.get(name) ?? null);
    expect(back.comments).toEqual(plan.comments);

    const name = DocNames.body('p-review', 's1');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, states.get(name)!);
    const block = BodyDoc.root(doc).toDelta()[0].insert as Y.XmlText;
    block.insert(0, '新增八个字的前文');
    const moved = await decodePlanDocs('p-review', async (n) => (n === name ? Y.encodeStateAsUpdate(doc) : states.get(n) ?? null));
    const c = moved.comments!.find((x) => x.id === 'cm-1')!;
    expect([c.start, c.end]).toEqual([23 + 8, 27 + 8]);
    const text = block.toDelta().map((op: { insert: string }) => op.insert).join('');
    expect(text.slice(c.start, c.end)).toBe('以质取胜');
    expect(BodyComments.threads(doc)[0]!.replies.map((r) => r.text)).toEqual(['已按意见修改。']);
  });
});
