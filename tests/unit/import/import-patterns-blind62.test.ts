import { describe, expect, it } from 'vitest';
import { load } from './pattern-fixtures';

// Patterns behind the misses of blind round 62 (docs/import.md, blind round 62), in made-up texts of the same style.
describe('blind round 62 patterns (品牌/标准化/知识产权 documents of cities and counties, page openings)', () => {
  it('"此件公开发布" without its brackets under a damaged date is the 附注, not the first line of the plan\'s title', () => {
    const { plan } = load('blind62-bare-note');
    expect(plan.meta.note).toBe('此件公开发布');
    expect(plan.meta.title).toBe('某县关于加快推进茶叶品牌建设的实施意见');
    expect(plan.meta.signature).toBe('中共某县委办公室、某县人民政府办公室');
  });

  it('a page heading cut inside its period "(2022—2" over the issuer\'s line is not joined to the notice\'s title', () => {
    const { plan } = load('blind62-cut-page-heading');
    expect(plan.notice?.title).toBe('某市人民政府办公室关于印发《某市地理标志农产品品牌培育三年行动方案(2022—2024年)》的通知');
    expect(plan.meta.title).toBe('某市地理标志农产品品牌培育三年行动方案(2022—2024年)');
  });

  it('a site\'s column name ("质量提升") above a page\'s title that opens with its place is dropped', () => {
    const { plan } = load('blind62-column-label');
    expect(plan.meta.title).toBe('某州消费品质量提升行动实施方案(2023-2025年)');
  });
});
