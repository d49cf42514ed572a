import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 48 (docs/import.md, blind round 48), in made-up texts of the same style.
describe('blind round 48 patterns (province and city departments writing to their own offices)', () => {
  it('"机关各科室、局属各单位" (no ， written): a bureau\'s own offices named without its name are a recipient of their own', () => {
    const { plan } = load('blind48-own-offices-recipients');
    expect(plan.meta.mainRecipients).toEqual(['机关各科室', '局属各单位']);
  });

  it('"…的有关要求" after a 《》 cites it; "《X》,经…同意,现印发给你们" hands X over across the comma', () => {
    const { plan } = load('blind48-own-offices-recipients');
    expect(plan.meta.title).toBe('某市水利局2024年政务公开工作任务分工');
    expect(plan.meta.signature).toBe('某市水利局办公室');
  });

  it('a notice whose own 一、二、 requirements end at a date, an 附注 and an "附件下载: X.xlsx" link: 署名 and date read', () => {
    const { plan } = load('blind48-notice-download-link');
    expect(plan.meta.title).toBe('2023年政务公开重点工作任务清单');
    expect(plan.meta.signature).toBe('某省农业农村厅办公室');
    expect(plan.meta.date).toBe('2023-06-02');
    expect(measures(plan)).toHaveLength(0);
  });

  it('metadata keys glued to their values ("发文字号某环党发〔2022〕7号") are read as a block; a 党组 signs', () => {
    const { plan } = load('blind48-glued-metadata');
    expect(plan.meta.docNumber).toMatchObject({ year: 2022, serial: 7 });
    expect(plan.meta.signature).toBe('中共某省生态环境厅党组');
    expect(plan.meta.date).toBe('2022-03-15');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['规范执法程序', '提升执法能力']);
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([['法规处', '执法局'], ['人事处']]);
  });
});
