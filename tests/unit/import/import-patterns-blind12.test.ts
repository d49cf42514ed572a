import { describe, expect, it } from 'vitest';
import { handedOver } from '../../../main/common/import/title-text';
import { load, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [m.leadUnits, m.supportUnits]);

// Patterns behind the misses of blind round 12 (docs/import.md), in made-up texts of the same style.
describe('blind round 12 patterns', () => {
  it('metadata keys in square brackets, two pairs a line ("[ 发文字号 ] …  [ 主题分类 ] …") are read', () => {
    const { plan } = load('blind12-bracket-metadata');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某府发', year: 2023, serial: 9 });
    expect(plan.meta.date).toBe('2023-05-12');
    expect(plan.meta.title).toBe('某县质量提升行动方案');
    expect(units(plan)).toEqual([[['县市场监管局'], ['县农业农村局']]]);
  });

  it('a key sharing its label ("备注/文号:") and 公文生成日期 give the 文号 and the date; bare bureau names are units', () => {
    const { plan } = load('blind12-compound-keys');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办', year: 2023, serial: 21 });
    expect(plan.meta.date).toBe('2023-03-08');
    expect(plan.meta.signature).toBe('某县人民政府办公室');
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['加强生态环境', '落实能耗“双']);
    expect(units(plan)).toEqual([[['生态环境局', '自然资源局'], []], [['发改局', '工信局'], []]]);
  });

  it('a bulleted field list in traditional characters ("• 發文字號:某府發〔2022〕5號") gives the 文号', () => {
    const { plan } = load('blind12-traditional-fields');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某府发', year: 2022, serial: 5 });
    expect(plan.notice?.title).toBe('某市人民政府關於印發全民健身行動實施方案的通知');
  });

  it('a 印发 notice whose plan is an attachment and that says "现将有关事宜通知如下：": its 一、二、三、 are its own requirements', () => {
    const { plan, report } = load('blind12-attachment-requirements');
    expect(plan.notice?.title).toBe('某市某区人民政府办公室关于印发2024年重点民生实事工作目标任务的通知');
    expect(plan.meta.title).toBe('2024年重点民生实事工作目标任务');
    expect(plan.meta.signature).toBe('某市某区人民政府办公室');
    expect(plan.meta.date).toBe('2024-03-01');
    expect(measures(plan)).toEqual([]);
    expect(JSON.stringify(plan.notice?.body)).toContain('三、严格督查考核');
    // The city's notice cited "…精神" is the ground, not the document handed over.
    expect(report.guesses.some((g) => g.what.includes('某府办发'))).toBe(false);
  });

  it('a page\'s related-item labels ("部门解读:", "一图读懂:") and a download\'s file name are chrome, not the 主送', () => {
    const { plan, report } = load('blind12-related-links');
    expect(plan.meta.title).toBe('某市某区人民政府办公室关于做好2024年度为民办实事工作的通知');
    expect(plan.meta.mainRecipients).toEqual(['各街道办事处', '各镇人民政府', '区政府各部门', '有关单位']);
    expect(plan.meta.docNumber).toMatchObject({ agency: '某府办发', year: 2024, serial: 8 });
    expect(report.droppedLines).toEqual(expect.arrayContaining(['部门解读:', '一图读懂:', '府办发8号(关于做好2024年度为民办实事工作的通知).docx']));
    expect(measures(plan)).toEqual([]);
  });

  it('a 文号 after the notice title on its line is the 文号; a 《》 inside the plan\'s name quotes a report, the plan is named by the title', () => {
    const { plan } = load('blind12-title-then-number');
    expect(plan.notice?.title).toBe('关于印发2024年《政府工作报告》重点任务分解落实方案的通知');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政发', year: 2024, serial: 2 });
    expect(plan.meta.title).toBe('2024年《政府工作报告》重点任务分解落实方案');
    expect(plan.meta.mainRecipients).toEqual(['各辖市、区人民政府', '某经开区管委会', '市各委办局', '市各直属单位']);
    expect(measures(plan)).toEqual([]);
  });

  it('a gazette flipbook\'s page labels and running head are chrome; a letter-spaced organ line joins the notice title closed up', () => {
    const { plan, report } = load('blind12-gazette-flipbook');
    expect(plan.notice?.title).toBe('某市人民政府办公室关于印发《某市农村生活垃圾治理2022年行动方案》的通知');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2022, serial: 7 });
    expect(plan.meta.title).toBe('某市农村生活垃圾治理2022年行动方案');
    expect(plan.meta.signature).toBe('某市人民政府办公室');
    expect(plan.meta.date).toBe('2022-03-18');
    expect(report.droppedLines).toEqual(expect.arrayContaining(['Page 12 - 2022年第2期', 'P. 12']));
  });

  it('a notice title closed by a row of empty cells is whole; the notice text, 署名, date and plan title run together on one line are split', () => {
    const { plan } = load('blind12-closing-run-together');
    expect(plan.notice?.title).toBe('某市美丽城乡建设领导小组办公室关于印发2023年某市生态文明建设示范区创建工作推进方案的通知');
    expect(plan.meta.mainRecipients).toEqual(['各乡镇(街道)、部门(单位)']);
    expect(plan.meta.signature).toBe('某市美丽城乡建设领导小组办公室');
    expect(plan.meta.date).toBe('2023-04-10');
    expect(plan.meta.title).toBe('2023年某市生态文明建设示范区创建工作推进方案');
    expect(JSON.stringify(plan.notice?.body)).not.toContain('领导小组办公室 2023');
  });

  it('the plan a hand-over sentence names: not a document cited as the ground, nor a 《》 inside a longer name', () => {
    expect(handedOver('根据市政府办公厅《关于印发重点民生实事的通知》(某府办发〔2024〕17号)精神,现将有关事宜通知如下:')).toBeNull();
    expect(handedOver('现将2023年《政府工作报告》重点任务分解落实方案印发给你们')).toBeNull();
    expect(handedOver('《某县质量提升行动方案》已经县政府同意,现印发给你们')).toBe('某县质量提升行动方案');
    expect(handedOver('《某县质量提升行动方案》于2023年5月经县政府常务会议审议通过,现印发给你们')).toBe('某县质量提升行动方案');
    expect(handedOver('县生态环境局制定的《某县分解方案》经县政府研究同意,现印发给你们')).toBe('某县分解方案');
  });
});
