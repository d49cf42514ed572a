import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { PlanDoc } from '../../../main/common/collab/plan-doc';
import { RoundOps } from '../../../main/common/collab/round-ops';
import { PlanDocRoots } from '../../../main/common/collab/plan-doc-roots';
import type { ReviewRound } from '../../../main/common/model/review-round';

const ROUND: ReviewRound = {
  id: 'r', name: '征求意见稿', deadline: '2025-03-20', startedAt: '2025-03-10T00:00:00Z', startedBy: '', versionId: null, closed: false,
  departments: [{ name: '县财政局', inviteId: 'i1', answer: 'pending', answeredAt: null }, { name: '县教育局', inviteId: 'i2', answer: 'pending', answeredAt: null }],
  opinions: [],
};
const opinion = (id: string, department: string, at: string) => ({ id, department, kind: 'letter' as const, place: '', content: `意见${id}`, decision: null, reason: '', at });

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
}

describe('RoundOps', () => {
  it('round-trips a round; answers and opinions made at once on two peers both survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    RoundOps.start(a, ROUND);
    sync(a, b);
    RoundOps.answer(a, '县财政局', 'no-opinion', '2025-03-11T00:00:00Z');
    RoundOps.putOpinion(b, opinion('o1', '县教育局', '2025-03-12T00:00:00Z'));
    RoundOps.putOpinion(a, opinion('o2', '县教育局', '2025-03-13T00:00:00Z'));
    sync(a, b);
    RoundOps.decide(a, 'o1', 'accepted', '');
    RoundOps.decide(b, 'o2', 'rejected', '不符合实际');
    sync(a, b);
    for (const doc of [a, b]) {
      const r = RoundOps.read(doc)!;
      expect(r.departments.map((d) => d.answer)).toEqual(['no-opinion', 'pending']);
      expect(r.opinions.map((o) => [o.id, o.decision, o.reason])).toEqual([['o1', 'accepted', ''], ['o2', 'rejected', '不符合实际']]);
    }
    expect(RoundOps.decide(a, 'nope', 'accepted', '')).toBe(false);
    expect(RoundOps.putOpinion(a, { ...opinion('o3', '县教育局', 'x'), content: '  ' })).toBe(false);
  });

  it('reads tolerantly: a malformed opinion entry is left out, a malformed info reads as no round', () => {
    const doc = new Y.Doc();
    RoundOps.start(doc, ROUND);
    PlanDocRoots.round(doc).set('opinion:bad', { id: 'bad', content: 42 });
    expect(RoundOps.read(doc)!.opinions).toEqual([]);
    PlanDocRoots.round(doc).set('info', 'garbage');
    expect(RoundOps.read(doc)).toBeNull();
  });

  it('start replaces an earlier round; close keeps its answers for the table', () => {
    const doc = new Y.Doc();
    RoundOps.start(doc, ROUND);
    RoundOps.putOpinion(doc, opinion('o1', '县教育局', '2025-03-12T00:00:00Z'));
    RoundOps.close(doc);
    expect(RoundOps.read(doc)!.closed).toBe(true);
    expect(RoundOps.read(doc)!.opinions).toHaveLength(1);
    RoundOps.start(doc, { ...ROUND, id: 'r2' });
    expect(RoundOps.read(doc)!.opinions).toHaveLength(0);
    let calls = 0;
    const off = PlanDoc.observe(doc, 'round', () => calls++);
    RoundOps.answer(doc, '县财政局', 'answered', 'now');
    off();
    expect(calls).toBe(1);
  });

  it('deleting a collected opinion remembers its sources, on every peer, across a write from plan JSON', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    RoundOps.start(a, ROUND);
    RoundOps.putOpinion(a, { ...opinion('sg:d', '县教育局', '2025-03-12T00:00:00Z'), kind: 'suggestion', marks: ['d', 'i'] });
    RoundOps.putOpinion(a, opinion('o-letter', '县教育局', '2025-03-12T00:00:00Z'));
    sync(a, b);
    expect(RoundOps.read(b)!.dismissed).toBeUndefined();
    RoundOps.removeOpinion(b, 'sg:d', ['sg:d', 'sg:i']);
    RoundOps.removeOpinion(a, 'o-letter');
    sync(a, b);
    for (const doc of [a, b]) {
      const r = RoundOps.read(doc)!;
      expect(r.opinions).toEqual([]);
      expect(r.dismissed).toEqual(['sg:d', 'sg:i']);
    }
    const copy = new Y.Doc();
    RoundOps.start(copy, RoundOps.read(a)!);
    expect(RoundOps.read(copy)).toEqual(RoundOps.read(a));
  });
});
