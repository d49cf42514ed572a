import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 45 (docs/import.md, blind round 45), in made-up texts of the same style.
describe('blind round 45 patterns (requests for comments, calls for proposals, 印发 notices)', () => {
  it('"关于《X(草案)》公开征求意见的公告" is the notice over the draft; the draft\'s title line loses its tab label and byline', () => {
    const { plan } = load('blind45-draft-before-request');
    expect(plan.notice?.title).toBe('关于《某区托育服务发展“十五五”规划(草案)》公开征求意见的公告');
    expect(plan.meta.title).toBe('某区托育服务发展“十五五”规划(草案)');
    expect(plan.meta.signature).toBe('某区卫生健康委员会');
    expect(plan.meta.date).toBe('2025-11-20');
  });

  it('a run-together request closed by its contact line, the 署名, the date and a layout table\'s "|"', () => {
    const { plan } = load('blind45-contact-line-signature');
    expect(plan.meta.signature).toBe('某市某镇人民政府');
    expect(plan.meta.date).toBe('2024-05-31');
    expect(measures(plan)).toEqual([]);
  });

  it('"X》已经区人民政府同意,现印发给你们": the plan named in a hand-over sentence that lost its opening 《', () => {
    const { plan } = load('blind45-lost-opening-quote');
    expect(plan.notice?.title).toBe('区人民政府办公室关于印发2024年区重点民生项目推进方案的通知');
    expect(plan.meta.title).toBe('2024年区重点民生项目推进方案');
    expect(measures(plan)).toEqual([]);
  });

  it('the numbered reply channels under "意见反馈渠道如下:" are no measures', () => {
    const { plan } = load('blind45-reply-channels');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.signature).toBe('某区水务局');
  });

  it('"三、征集方式" over "1.信函邮寄。" / "2.电子邮件。": a call\'s own parts, no measures', () => {
    const { plan } = load('blind45-call-parts');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.signature).toBe('中共某区委办公室、某区人民政府办公室');
  });

  it('"…体系,到2026年新增…3000个以上" under 总体要求: a stage after a comma, no comma after its year, is the target', () => {
    const { plan } = load('blind45-stage-after-comma');
    expect(items(plan).filter((i) => i.role === 'target').map((t) => text(t).slice(0, 12))).toEqual(['到2026年新增普惠托位']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['支持社区嵌入', '推进用人单位']);
  });
});
