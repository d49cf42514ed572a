import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 55 (docs/import.md, blind round 55), in made-up texts of the same style.
describe('blind round 55 patterns (卫生健康, 教育, 民政 and 就业 plans of counties and cities)', () => {
  it('a comment request with no 主送, 署名 or date hands its draft over at the line that is the draft\'s own title', () => {
    const { plan } = load('blind55-comment-request-draft');
    expect(plan.notice?.title).toBe('关于公开征求《某县推进社区居家养老服务提质增效的实施方案(征求意见稿)》的通知');
    expect(plan.meta.title).toBe('某县推进社区居家养老服务提质增效的实施方案(征求意见稿)');
    expect(plan.meta.mainRecipients).toEqual([]);
    expect(measures(plan).map((m) => [text(m).slice(0, 6), m.leadUnits])).toEqual([
      ['完善助餐服务', ['县民政局']],
      ['加强养老护理', ['县人力社保局', '县民政局']],
    ]);
    expect(items(plan).filter((i) => i.role === 'target')).toHaveLength(1);
  });

  it('a last "(一)…," line cut after a comma is a run-in measure, not a group heading', () => {
    const { plan } = load('blind55-cut-run-in-comma');
    expect(measures(plan).map((m) => text(m))).toEqual(['拓宽重点群体就业渠道,']);
  });

  it('a contents list without page numbers before the title is dropped: the title is read, its headings are no measures', () => {
    const { plan, report } = load('blind55-unpaged-contents');
    expect(plan.meta.title).toBe('某县教育局2023年工作要点');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['组织人事股'], ['办公室'], ['基础教育股'], ['基础教育股', '教研室']]);
    expect(report.recognised.some((r) => r.includes('目录'))).toBe(true);
  });

  it('a sharing site\'s preview cut into "1、" "2、" "3、" chunks is joined back and split at its own "2 ." / "4 " items', () => {
    const { plan } = load('blind55-preview-chunks');
    expect(plan.meta.title).toBe('某县卫生健康局2023年工作要点');
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['持续深化医药卫生', '提升公共卫生服务', '加强卫生健康人才', '推进中医药传承创']);
    expect(measures(plan).map((m) => text(m)).join('')).toContain('分级诊疗制度建设成果。');
  });
});
