import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../main/common/model/plan';
import type { PlanComment } from '../../../main/common/model/plan-comment';
import { MAX_ROUND_OPINIONS, ReviewRound, ReviewRoundSchema, type ReviewRound as Round } from '../../../main/common/model/review-round';
import { RoundCollect } from '../../../main/common/review/round-collect';
import { Suggestions } from '../../../main/common/review/suggestions';
import { samplePlan } from '../model/fixtures';

const FGJ = '县发展和改革局';
const CZJ = '县财政局';
const mark = (id: string, kind: 'ins' | 'del', dept: string, at = '2025-03-11T01:00:00.000Z') => ({ id, kind, by: '张三', dept, at });

const round = (over: Partial<Round> = {}): Round => ({
  id: 'r', name: '征求意见稿', deadline: '2025-03-20', startedAt: '2025-03-10T00:00:00Z', startedBy: '', versionId: null, closed: false,
  departments: [FGJ, CZJ].map((name) => ({ name, inviteId: null, answer: 'pending' as const, answeredAt: null })),
  opinions: [],
  ...over,
});

const comment = (over: Partial<PlanComment>): PlanComment => ({
  id: 'c-1', bodyId: 's1', block: 1, itemId: 't2', start: 0, end: 4, quote: '工程质量', text: '请补充工程质量的考核口径', by: '李四',
  dept: CZJ, at: '2025-03-11T02:00:00.000Z', resolved: false, replies: [], ...over,
});

/**
 * The sample plan with: 发改局 suggests an insertion in measure m1 (二、（一）1.) and a deletion in the closing;
 * 财政局 comments on target t2 (一、2.); 教育局 (not asked) suggests in m3; the office's own comment; a
 * resolved comment of 发改局.
 */
function reviewedPlan(): Plan {
  const plan = samplePlan();
  const s2a = plan.sections[1]!.sections[0]!;
  const m1 = s2a.body[0] as { children: Array<Record<string, unknown>> };
  m1.children.push({ text: '并纳入年度督查', suggest: mark('sg-a', 'ins', FGJ) });
  const m3 = plan.sections[1]!.sections[1]!.body[0] as { children: Array<Record<string, unknown>> };
  m3.children.push({ text: '（教育局）', suggest: mark('sg-x', 'ins', '县教育局') });
  plan.closing = [{ type: 'paragraph', children: [{ text: '确保各项任务' }, { text: '圆满', suggest: mark('sg-b', 'del', FGJ, '2025-03-11T03:00:00.000Z') } as never, { text: '完成。' }] }];
  plan.comments = [
    comment({}),
    comment({ id: 'c-office', dept: '县市场监督管理局', text: '自己的批注' }),
    comment({ id: 'c-done', dept: FGJ, text: '已解决的批注', resolved: true }),
  ];
  return plan;
}

describe('RoundCollect.collect', () => {
  it('adds one opinion per open suggestion and unresolved comment of a round department, placed as the table cites it', () => {
    const found = RoundCollect.collect(round(), reviewedPlan());
    expect(found.map((o) => [o.id, o.department, o.kind, o.place, o.content, o.decision])).toEqual([
      ['cm:c-1', CZJ, 'comment', '一、2.', '关于“工程质量”：请补充工程质量的考核口径', null],
      ['sg:sg-a', FGJ, 'suggestion', '二、（一）1.', '建议增加“并纳入年度督查”', null],
      ['sg:sg-b', FGJ, 'suggestion', '结尾', '建议删除“圆满”', null],
    ]);
    expect(found.find((o) => o.id === 'sg:sg-b')?.at).toBe('2025-03-11T03:00:00.000Z');
  });

  it('is idempotent: collecting into a round that holds the result adds nothing', () => {
    const plan = reviewedPlan();
    const once = RoundCollect.withCollected(round(), plan);
    expect(once.opinions).toHaveLength(3);
    expect(RoundCollect.collect(once, plan)).toEqual([]);
    expect(RoundCollect.withCollected(once, plan)).toEqual(once);
  });

  it('updates an undecided opinion whose suggestion grew, but never a decided one or a letter', () => {
    const plan = reviewedPlan();
    const collected = RoundCollect.withCollected(round(), plan);
    const m1 = plan.sections[1]!.sections[0]!.body[0] as { children: Array<Record<string, unknown>> };
    (m1.children[m1.children.length - 1] as { text: string }).text = '并纳入年度督查考核';
    const updated = RoundCollect.collect(collected, plan);
    expect(updated.map((o) => [o.id, o.content])).toEqual([['sg:sg-a', '建议增加“并纳入年度督查考核”']]);

    const decided = { ...collected, opinions: collected.opinions.map((o) => (o.id === 'sg:sg-a' ? { ...o, decision: 'accepted' as const, reason: '已采纳' } : o)) };
    expect(RoundCollect.collect(decided, plan)).toEqual([]);
  });

  it('keeps a department not asked, the office and resolved threads out; a closed round collects nothing', () => {
    const plan = reviewedPlan();
    const ids = RoundCollect.collect(round(), plan).map((o) => o.id);
    expect(ids).not.toContain('sg:sg-x');
    expect(ids).not.toContain('cm:c-office');
    expect(ids).not.toContain('cm:c-done');
    expect(RoundCollect.collect(round({ closed: true }), plan)).toEqual([]);
    // Only 财政局 asked: 发改局's suggestions stay out.
    const onlyCzj = round({ departments: [{ name: CZJ, inviteId: null, answer: 'pending', answeredAt: null }] });
    expect(RoundCollect.collect(onlyCzj, plan).map((o) => o.department)).toEqual([CZJ]);
  });

  it('a department counts as 已反馈 once its opinions are collected', () => {
    const collected = RoundCollect.withCollected(round(), reviewedPlan());
    expect(ReviewRound.board(round(), '2025-03-12').map((b) => b.status)).toEqual(['waiting', 'waiting']);
    expect(ReviewRound.board(collected, '2025-03-12').map((b) => [b.department, b.status, b.opinions])).toEqual([[FGJ, 'answered', 2], [CZJ, 'answered', 1]]);
    const rows = ReviewRound.adoptionRows(collected, '2025-03-12');
    expect(rows.map((r) => [r.index, r.department, r.decision])).toEqual([[1, FGJ, '待定'], [2, FGJ, '待定'], [3, CZJ, '待定']]);
    expect(rows[0]!.content).toBe('二、（一）1.：建议增加“并纳入年度督查”');
  });

  it('never grows a round past what its schema reads back', () => {
    const plan = reviewedPlan();
    const letters = Array.from({ length: MAX_ROUND_OPINIONS - 1 }, (_, i) => ({
      id: `l${i}`, department: FGJ, kind: 'letter' as const, place: '', content: '书面意见', decision: null, reason: '', at: '2025-03-11T00:00:00.000Z',
    }));
    const full = round({ opinions: letters });
    const found = RoundCollect.collect(full, plan);
    expect(found.map((o) => o.id)).toEqual(['cm:c-1']);
    expect(ReviewRoundSchema.safeParse(RoundCollect.withCollected(full, plan)).success).toBe(true);
  });
});

describe('RoundCollect.decided', () => {
  const s = { id: 'sg-a', kind: 'ins' as const, text: '并纳入年度督查', dept: FGJ, at: '2025-03-11T01:00:00.000Z' };

  it('accept → 采纳, reject → 不予采纳 on the collected opinion, keeping its 理由 and place', () => {
    const collected = RoundCollect.withCollected(round(), reviewedPlan());
    const withReason = { ...collected, opinions: collected.opinions.map((o) => (o.id === 'sg:sg-a' ? { ...o, reason: '与上位文件一致' } : o)) };
    const accepted = RoundCollect.decided(withReason, s, 'accept', 'ignored');
    expect([accepted?.decision, accepted?.reason, accepted?.place]).toEqual(['accepted', '与上位文件一致', '二、（一）1.']);
    expect(RoundCollect.decided(withReason, s, 'reject', 'ignored')?.decision).toBe('rejected');
  });

  it('a suggestion decided before it was collected becomes a decided opinion at the place given', () => {
    const o = RoundCollect.decided(round(), s, 'reject', '二、（一）1.');
    expect(o).toEqual({
      id: 'sg:sg-a', department: FGJ, kind: 'suggestion', place: '二、（一）1.', content: '建议增加“并纳入年度督查”',
      decision: 'rejected', reason: '', at: '2025-03-11T01:00:00.000Z',
    });
    expect(ReviewRound.adoptionRows({ ...round(), opinions: [o!] }, '2025-03-12')[0]!.decision).toBe('不予采纳');
  });

  it('nothing for a department not asked, a closed round, or no round', () => {
    expect(RoundCollect.decided(round(), { ...s, dept: '县教育局' }, 'accept', '')).toBeNull();
    expect(RoundCollect.decided(round({ closed: true }), s, 'accept', '')).toBeNull();
    expect(RoundCollect.decided(null, s, 'accept', '')).toBeNull();
  });
});

describe('deleted opinions stay deleted', () => {
  it('an opinion the office deleted is not collected again while its 修订 or 批注 is still open', () => {
    const plan = reviewedPlan();
    const collected = RoundCollect.withCollected(round(), plan);
    const gone = collected.opinions.find((o) => o.id === 'sg:sg-a')!;
    const comment = collected.opinions.find((o) => o.id === 'cm:c-1')!;
    const dismissed = [...RoundCollect.sourcesOf(gone), ...RoundCollect.sourcesOf(comment)];
    const after = { ...collected, opinions: collected.opinions.filter((o) => o !== gone && o !== comment), dismissed };
    expect(RoundCollect.collect(after, plan)).toEqual([]);
    expect(RoundCollect.withCollected(after, plan).opinions.map((o) => o.id)).toEqual(['sg:sg-b']);
    // Without the dismissal both would come back: the test above is not vacuous.
    expect(RoundCollect.collect({ ...after, dismissed: [] }, plan).map((o) => o.id).sort()).toEqual(['cm:c-1', 'sg:sg-a']);
    // Accepting it in the text afterwards does not bring it back either.
    expect(RoundCollect.decided(after, { id: 'sg-a', kind: 'ins', text: '并纳入年度督查', dept: FGJ, at: 'x' }, 'accept', '')).toBeNull();
  });

  it('a department whose every opinion was deleted reads 无意见 in the table, not 尚未反馈 (it did answer)', () => {
    const plan = reviewedPlan();
    const collected = RoundCollect.withCollected(round(), plan);
    const czj = collected.opinions.filter((o) => o.department === CZJ);
    const after = { ...collected, opinions: collected.opinions.filter((o) => o.department !== CZJ), dismissed: czj.flatMap(RoundCollect.sourcesOf) };
    const row = (inText?: Set<string>) => ReviewRound.adoptionRows(after, '2025-03-12', inText).find((r) => r.department === CZJ)!;
    expect(row().content).toBe('尚未反馈');
    expect(row(RoundCollect.respondents(plan)).content).toBe('无意见');
  });

  it('a letter has no source to remember; a replacement dismisses itself and both marks', () => {
    expect(RoundCollect.sourcesOf({ id: 'o-1', kind: 'letter' })).toEqual([]);
    expect(RoundCollect.sourcesOf({ id: 'cm:c-1', kind: 'comment' })).toEqual(['cm:c-1']);
    expect(RoundCollect.sourcesOf({ id: 'sg:d', kind: 'suggestion', marks: ['d', 'i'] })).toEqual(['sg:d', 'sg:i']);
    expect(RoundCollect.marksOf({ id: 'sg:d', kind: 'suggestion' })).toEqual(['d']);
  });
});

describe('the board from the text', () => {
  it('a department with an open 修订 or unresolved 批注 is 已反馈 before anything is collected', () => {
    const plan = reviewedPlan();
    const inText = RoundCollect.respondents(plan);
    expect([...inText].sort()).toEqual([CZJ, FGJ, '县市场监督管理局', '县教育局'].sort());
    expect(ReviewRound.board(round(), '2025-03-12', inText).map((b) => [b.department, b.status, b.opinions])).toEqual([[FGJ, 'answered', 0], [CZJ, 'answered', 0]]);
    // With the text merged in, the board counts what each department said, collected or not.
    const live = RoundCollect.withCollected(round(), plan);
    expect(ReviewRound.board(round(), '2025-03-12', inText, live).map((b) => [b.department, b.opinions, b.pending])).toEqual([[FGJ, 2, 2], [CZJ, 1, 1]]);
    const half = { ...round(), opinions: live.opinions.filter((o) => o.department === FGJ) };
    expect(ReviewRound.board(half, '2025-03-12', inText, RoundCollect.withCollected(half, plan)).map((b) => [b.department, b.opinions, b.pending])).toEqual([[FGJ, 2, 0], [CZJ, 1, 1]]);
    // Resolved comments and decided suggestions no longer count.
    const quiet = { ...plan, comments: plan.comments!.map((c) => ({ ...c, resolved: true })) };
    expect(RoundCollect.respondents(quiet).has(CZJ)).toBe(false);
    expect(ReviewRound.board(round(), '2025-03-21', RoundCollect.respondents(quiet)).map((b) => b.status)).toEqual(['answered', 'overdue']);
  });
});

describe('replacements', () => {
  /** 发改局 typed 质量 over 数量 in measure m1 (the insertion before the deletion, as suggest mode leaves it). */
  function replacedPlan(): Plan {
    const plan = samplePlan();
    const m1 = plan.sections[1]!.sections[0]!.body[0] as { children: Array<Record<string, unknown>> };
    m1.children.push(
      { text: '提高' },
      { text: '质量', suggest: mark('sg-i', 'ins', FGJ, '2025-03-11T01:00:05.000Z') },
      { text: '数量', suggest: mark('sg-d', 'del', FGJ) },
      { text: '，' },
      { text: '删去', suggest: mark('sg-e', 'del', FGJ) },
      { text: '他人', suggest: mark('sg-o', 'ins', CZJ) },
    );
    return plan;
  }

  it('a deletion next to an insertion of the same department is one opinion 建议将“旧”改为“新”', () => {
    const found = RoundCollect.collect(round(), replacedPlan());
    expect(found.map((o) => [o.id, o.department, o.content, o.marks, o.at])).toEqual([
      ['sg:sg-d', FGJ, '建议将“数量”改为“质量”', ['sg-d', 'sg-i'], '2025-03-11T01:00:00.000Z'],
      // Next to another department's insertion: not a replacement.
      ['sg:sg-e', FGJ, '建议删除“删去”', undefined, '2025-03-11T01:00:00.000Z'],
      ['sg:sg-o', CZJ, '建议增加“他人”', undefined, '2025-03-11T01:00:00.000Z'],
    ]);
  });

  it('pairs in either order, one pair per mark, never across blocks', () => {
    const leaf = (text: string, id: string, kind: 'ins' | 'del') => ({ text, suggest: mark(id, kind, FGJ) });
    const nodes = [
      { type: 'paragraph', children: [leaf('旧', 'd1', 'del'), leaf('新', 'i1', 'ins'), leaf('再', 'i2', 'ins')] },
      { type: 'paragraph', children: [leaf('尾', 'd2', 'del')] },
      { type: 'paragraph', children: [leaf('头', 'i3', 'ins')] },
    ];
    expect(Suggestions.replacements(nodes)).toEqual([['d1', 'i1']]);
  });

  it('a deletion collected alone becomes the replacement once the insertion is typed; the replacement decides both', () => {
    const plan = replacedPlan();
    const m1 = plan.sections[1]!.sections[0]!.body[0] as { children: Array<Record<string, unknown>> };
    const typed = m1.children.splice(m1.children.findIndex((c) => c['text'] === '质量'), 1);
    const early = RoundCollect.withCollected(round(), plan);
    expect(early.opinions.find((o) => o.id === 'sg:sg-d')?.content).toBe('建议删除“数量”');
    m1.children.splice(m1.children.findIndex((c) => c['text'] === '数量'), 0, ...typed);
    const later = RoundCollect.withCollected(early, plan);
    expect(later.opinions.filter((o) => o.department === FGJ).map((o) => [o.id, o.content])).toEqual([
      ['sg:sg-d', '建议将“数量”改为“质量”'], ['sg:sg-e', '建议删除“删去”'],
    ]);
    // Deciding the insertion half in the margin decides the replacement opinion.
    const d = RoundCollect.decided(later, { id: 'sg-i', kind: 'ins', text: '质量', dept: FGJ, at: 'x' }, 'accept', '');
    expect([d?.id, d?.decision]).toEqual(['sg:sg-d', 'accepted']);
  });

  it('an insertion collected alone is superseded by the replacement it became part of', () => {
    const plan = replacedPlan();
    const m1 = plan.sections[1]!.sections[0]!.body[0] as { children: Array<Record<string, unknown>> };
    const del = m1.children.splice(m1.children.findIndex((c) => c['text'] === '数量'), 1);
    const early = RoundCollect.withCollected(round(), plan);
    expect(early.opinions.map((o) => o.id)).toContain('sg:sg-i');
    m1.children.splice(m1.children.findIndex((c) => c['text'] === '质量') + 1, 0, ...del);
    expect(RoundCollect.superseded(early, plan)).toEqual(['sg:sg-i']);
    const later = RoundCollect.withCollected(early, plan);
    expect(later.opinions.map((o) => o.id)).not.toContain('sg:sg-i');
    expect(later.opinions.find((o) => o.id === 'sg:sg-d')?.marks).toEqual(['sg-d', 'sg-i']);
    expect(RoundCollect.superseded(later, plan)).toEqual([]);
  });
});
