import { describe, expect, it } from 'vitest';
import { ReviewRound, type ReviewRound as Round } from '../../../main/common/model/review-round';

const round = (over: Partial<Round> = {}): Round => ({
  id: 'r', name: '征求意见稿', deadline: '2025-03-20', startedAt: '2025-03-10T00:00:00Z', startedBy: '', versionId: null, closed: false,
  departments: ['县发展和改革局', '县财政局', '县教育局', '县公安局'].map((name) => ({ name, inviteId: null, answer: 'pending' as const, answeredAt: null })),
  opinions: [],
  ...over,
});

describe('ReviewRound.board', () => {
  it('opinions or 已反馈 → answered, 无意见 → no-opinion, silence → waiting until the deadline day ends, then overdue', () => {
    const r = round({
      departments: [
        { name: '县发展和改革局', inviteId: null, answer: 'pending', answeredAt: null },
        { name: '县财政局', inviteId: null, answer: 'no-opinion', answeredAt: '2025-03-11T00:00:00Z' },
        { name: '县教育局', inviteId: null, answer: 'answered', answeredAt: '2025-03-11T00:00:00Z' },
        { name: '县公安局', inviteId: null, answer: 'pending', answeredAt: null },
      ],
      opinions: [{ id: 'o1', department: '县发展和改革局', kind: 'letter', place: '', content: '意见', decision: null, reason: '', at: '2025-03-12T00:00:00Z' }],
    });
    const on = (today: string) => Object.fromEntries(ReviewRound.board(r, today).map((b) => [b.department, b.status]));
    expect(on('2025-03-20')).toEqual({ 县发展和改革局: 'answered', 县财政局: 'no-opinion', 县教育局: 'answered', 县公安局: 'waiting' });
    expect(on('2025-03-21')['县公安局']).toBe('overdue');
    expect(ReviewRound.board(r, '2025-03-20')[0]!.opinions).toBe(1);
  });
});

describe('ReviewRound.adoptionRows', () => {
  it('numbers opinions in the round\'s department order with decisions and reasons, then says 无意见 / 逾期 for the silent', () => {
    const r = round({
      departments: [
        { name: '县发展和改革局', inviteId: null, answer: 'pending', answeredAt: null },
        { name: '县财政局', inviteId: null, answer: 'no-opinion', answeredAt: null },
        { name: '县教育局', inviteId: null, answer: 'pending', answeredAt: null },
      ],
      opinions: [
        { id: 'b', department: '县教育局', kind: 'comment', place: '三、（二）', content: '补充校园食品安全内容', decision: 'accepted', reason: '', at: '2025-03-13T00:00:00Z' },
        { id: 'a', department: '县发展和改革局', kind: 'letter', place: '', content: '目标值偏高', decision: 'rejected', reason: '与上级考核指标一致', at: '2025-03-14T00:00:00Z' },
        { id: 'c', department: '县卫健委', kind: 'letter', place: '', content: '未列入征求范围的意见', decision: null, reason: '', at: '2025-03-15T00:00:00Z' },
      ],
    });
    const rows = ReviewRound.adoptionRows(r, '2025-03-25');
    expect(rows.map((x) => [x.index, x.department, x.content, x.decision, x.reason])).toEqual([
      [1, '县发展和改革局', '目标值偏高', '不予采纳', '与上级考核指标一致'],
      [2, '县财政局', '无意见', '—', ''],
      [3, '县教育局', '三、（二）：补充校园食品安全内容', '采纳', ''],
      [4, '县卫健委', '未列入征求范围的意见', '待定', ''],
    ]);
    const silent = round();
    expect(ReviewRound.adoptionRows(silent, '2025-03-21')[0]!.content).toBe('逾期未反馈（视同无意见）');
    expect(ReviewRound.adoptionRows(silent, '2025-03-19')[0]!.content).toBe('尚未反馈');
    expect(ReviewRound.undecided(r).map((o) => o.id)).toEqual(['c']);
  });

  it('titles the table after the plan', () => {
    expect(ReviewRound.adoptionTitle('鄂托克前旗2025年质量强旗工作实施方案')).toBe('《鄂托克前旗2025年质量强旗工作实施方案》征求意见采纳情况表');
    expect(ReviewRound.adoptionTitle('  ')).toBe('征求意见采纳情况表');
  });
});
