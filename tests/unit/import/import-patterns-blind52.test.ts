import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 52 (docs/import.md, blind round 52), in made-up texts of the same style.
describe('blind round 52 patterns (质量强市/质量强县/品牌/标准化 plans and requests for comments)', () => {
  it('a title over its period "(2024-2025年)" in the body: the bracketed line names no unit, so the title is no measure', () => {
    const { plan } = load('blind52-period-line-in-body');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善地方特色', '推进标准化试']);
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['县市场监管局'], ['县市场监管局']]);
  });

  it('a request for comments whose text is one paragraph over 200 characters, contact lines, 署名, date, the draft\'s title', () => {
    const { plan } = load('blind52-comment-request-long-paragraph');
    expect(plan.meta.signature).toBe('某市市场监督管理局');
    expect(plan.meta.date).toBe('2024-06-03');
    expect(plan.meta.title).toBe('某市关于推进标准化发展的实施意见(征求意见稿)');
    expect(measures(plan)).toEqual([]);
  });

  it('a request for comments with numbered ways to reply, then 署名, date and "附件:" over the draft\'s title', () => {
    const { plan } = load('blind52-comment-request-reply-channels');
    expect(plan.meta.signature).toBe('某市市场监督管理局');
    expect(plan.meta.date).toBe('2024-09-01');
    expect(plan.meta.title).toBe('某市计量发展三年行动方案(公开征求意见稿)');
    expect(measures(plan)).toEqual([]);
  });

  it('"(此件公开发布)" under the hand-over sentence of a notice with no 主送, 署名 or date is its 附注', () => {
    const { plan } = load('blind52-note-under-hand-over');
    expect(plan.notice?.title).toBe('某县人民政府关于印发品牌强县建设实施方案的通知');
    expect(plan.meta.note).toBe('(此件公开发布)');
    expect(plan.meta.title).toBe('品牌强县建设实施方案');
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 6))).toEqual(['——区域公用']);
  });

  it('a major decision\'s page: the catalogue entry\'s name over "承办单位:… 计划完成时间:…" and the procedure\'s tabs are not the title', () => {
    const { plan } = load('blind52-decision-page');
    expect(plan.meta.title).toBe('某市标准化发展三年行动计划(2024-2026年)');
    expect(measures(plan)).toEqual([]);
    expect(plan.preamble.map((b) => (b.type === 'paragraph' ? b.children.map((c) => c.text).join('') : '')).join('|')).not.toMatch(/决策启动|专家论证/);
  });
});
