import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 41 (docs/import.md, blind round 41), in made-up texts of the same style.
describe('blind round 41 patterns (计量, 品牌 and 知识产权 documents of cities)', () => {
  it('a comment request closing with "联系地址:…" and "电子邮箱:…" lines before its 附件 and 署名 is read', () => {
    const { plan } = load('blind41-contact-address');
    expect(plan.meta.signature).toBe('某市知识产权局');
    expect(plan.meta.date).toBe('2024-05-10');
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['市知识产权局', '市教育局'], ['市工业和信息化局']]);
  });

  it('a 公告 naming its draft before "公开征求意见" is the notice that hands the draft over', () => {
    const { plan } = load('blind41-comment-notice-title');
    expect(plan.notice?.title).toBe('关于对《某市商标品牌培育行动计划(征求意见稿)》公开征求意见的公告');
    expect(plan.meta.title).toBe('某市商标品牌培育行动计划(征求意见稿)');
    expect(measures(plan)).toHaveLength(2);
  });

  it('"各县、市、区人民政府" and "各市、区市场监督管理局" are one unit each; "各镇、县发展和改革局" (two ranks) is two', () => {
    const { plan } = load('blind41-place-levels-unit');
    const units = measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
    expect(units).toEqual([
      ['市市场监督管理局', '各县、市、区人民政府'],
      ['市计量测试所', '各市、区市场监督管理局'],
      ['各镇', '县发展和改革局'],
    ]);
  });

  it('a table row a page break cut (the header repeated inside it) keeps its units and the rest of its task', () => {
    const { plan } = load('blind41-page-break-row');
    const got = measures(plan);
    expect(got.map((m) => m.leadUnits)).toEqual([['市市场监督管理局', '市农业农村局'], ['市市场监督管理局', '市商务局'], ['市工业和信息化局']]);
    expect(text(got[1]!)).toContain('争取通过省级考核评估验收');
  });
});
