import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 47 (docs/import.md, blind round 47), in made-up texts of the same style.
describe('blind round 47 patterns (townships, streets and development zones)', () => {
  it('a 预案\'s "一、总则" over "（一）编制依据" / "（二）适用范围" gives no measures; its 处置措施 do', () => {
    const { plan } = load('blind47-preplan-general-provisions');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强监测预警', '做好应急物资']);
  });

  it('a part titled "机构、范围和类型" over "1.机构：…" defines, it assigns no work', () => {
    const { plan } = load('blind47-scope-nouns-part');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['整治园区道路', '开展安全生产']);
  });

  it('the parts of a rating scheme (考核内容, 考核结果运用, 考核奖励) give no measures', () => {
    const { plan } = load('blind47-rating-scheme-parts');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.title).toBe('某镇物业服务企业考核评价工作实施方案');
  });

  it('a street office signs its notice: "某区某某路街道办事处" over the date is the 署名', () => {
    const { plan } = load('blind47-street-office-signature');
    expect(plan.meta.signature).toBe('某区某某路街道办事处');
    expect(plan.meta.date).toBe('2023-05-08');
    expect(measures(plan)).toHaveLength(2);
  });

  it('a notice adjusting "《A》等三个工作方案" handed over as attachments is itself the document', () => {
    const { plan } = load('blind47-several-attachments-notice');
    expect(plan.meta.title).toBe('某镇人民政府关于调整《某镇小型建设工程管理的工作方案》等三个工作方案的通知');
    expect(plan.meta.signature).toBe('某镇人民政府');
    expect(measures(plan)).toEqual([]);
  });

  it('a count inside a quoted package name ("“上门8项便民服务”") is no target figure', () => {
    const { plan } = load('blind47-quoted-package-count');
    expect(items(plan).filter((i) => i.role === 'target')).toEqual([]);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['开展排查建档', '加强上门巡访']);
  });

  it('"一、2024年工作回顾 2024年，…" run together by a space is a review, not a task; a task part so set stays one', () => {
    const { plan } = load('blind47-spaced-review-heading');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['全力抓好招商']);
    // Last year's figures in the review are results, not targets.
    expect(items(plan).filter((i) => i.role === 'target')).toEqual([]);
  });
});
