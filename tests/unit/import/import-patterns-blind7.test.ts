import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';
import { DocNumber } from '../../../main/common/model/doc-number';
import { damagedDate } from '../../../main/common/import/chinese-number';
import { parseDocNumber } from '../../../main/common/import/doc-number';

// Patterns behind the misses of blind round 7 (docs/import.md), in made-up texts of the same style.
describe('blind round 7 patterns', () => {
  it('a 主送 run together with the notice text on one line is split off; table-border rows, a heading\'s " |" and bulleted menu items are page chrome', () => {
    const { plan } = load('blind7-glued-recipients');
    expect(plan.notice?.title).toBe('某县人民政府办公室关于印发2025年重点工作责任分解的通知');
    expect(plan.meta.mainRecipients).toEqual(['各乡镇人民政府', '县政府各部门、直属各单位']);
    expect(plan.notice?.body.map((b) => (b.type === 'paragraph' ? text(b) : '')).join('')).toMatch(/^《2025年重点工作责任分解》已经县政府同意/);
    expect(measures(plan)).toHaveLength(0);
  });

  it('a notice closed by its date alone, a stray "|" row after it: the date is read', () => {
    const { plan } = load('blind7-closing-date');
    expect(plan.meta.date).toBe('2007-04-13');
    expect(plan.meta.mainRecipients).toEqual(['各镇政府、经济区管委会', '区政府直属单位']);
    expect(measures(plan)).toHaveLength(0);
  });

  it('of a page heading and the notice title with its higher place in front ("某某市某区…"), the fuller', () => {
    const { plan } = load('blind7-place-prefix');
    expect(plan.notice?.title).toBe('某某市某区人民政府办公室关于印发《某区优化营商环境行动方案》的通知');
    expect(plan.meta.title).toBe('某区优化营商环境行动方案');
    expect(plan.meta.date).toBe('2024-03-12');
  });

  it('a 下达 notice hands its plan over like 印发; a date that lost its 日; targets written run-in after 主要预期目标为', () => {
    const { plan, report } = load('blind7-xiada');
    expect(plan.notice?.title).toBe('某县人民政府关于下达某县2021年国民经济和社会发展计划的通知');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('某政发〔2021〕3号');
    expect(plan.meta.signature).toBe('某县人民政府');
    expect(plan.meta.date).toBe('2021-02-22');
    expect(plan.meta.title).toBe('某县2021年国民经济和社会发展计划');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((i) => text(i))).toEqual(['主要预期目标为:地区生产总值增长7%以上;一般公共预算收入增长5%。']);
    expect(measures(plan).map((i) => i.leadUnits)).toEqual([['县发改局']]);
    expect(report.guesses.some((g) => /年月日有缺损/.test(g.what))).toBe(true);
  });

  it('a 文号 that lost its brackets and 号, and a date that lost its 年 and 月 but kept 日', () => {
    const { plan } = load('blind7-damaged-head');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('五大发展办〔2022〕11号');
    expect(plan.meta.date).toBe('2022-08-27');
    expect(plan.meta.signature).toBe('某县发展办公室');
    expect(plan.meta.title).toBe('某县振兴发展实施方案');
    expect(measures(plan).map((i) => i.leadUnits)).toEqual([['县交通运输局']]);
  });

  it('an 附注 above a date set apart by spaces; a title ending in 预案 is not joined to the contents below it', () => {
    const { plan } = load('blind7-note-before-date');
    expect(plan.meta.note).toBe('(此件公开发布)');
    expect(plan.meta.date).toBe('2017-06-23');
    expect(plan.meta.title).toBe('某县突发环境事件应急预案(试行)');
    expect(DocNumber.format(plan.meta.docNumber)).toBe('某政办发〔2017〕46号');
  });

  it('a site\'s name over a page is no title: the page\'s 名称 gives it', () => {
    const { plan } = load('blind7-page-chrome');
    expect(plan.meta.title.replace(/\s/g, '')).toBe('关于做好2022年全面推进乡村振兴重点工作的实施意见');
  });

  it('a news page\'s "新闻详情" label is not part of the title', () => {
    const { plan } = load('blind7-news-label');
    expect(plan.meta.title).toBe('中共某省委 某省人民政府关于做好2022年乡村振兴重点工作的实施意见');
  });

  it('a short （n） line after （n） measures of the same part is a measure too; a part without measures keeps its group heading', () => {
    const { plan, report } = load('blind7-short-sibling');
    expect(measures(plan).map((i) => text(i).slice(0, 6))).toEqual(['加快建设汽车', '推进石化基地', '抓紧推进国际', '建设快速路。']);
    expect(plan.sections[0]!.sections).toHaveLength(0);
    expect(plan.sections[1]!.sections.map((s) => s.title)).toEqual(['完善城市路网']);
    expect(report.guesses.some((g) => /后面较短的一项也按措施导入/.test(g.what))).toBe(true);
  });
});

describe('damaged head values', () => {
  it('dates: digits with 日 kept, digits set apart by spaces with a stray bracket, a date without its 日', () => {
    expect(damagedDate('2022827日')).toEqual({ iso: '2022-08-27', sure: true });
    expect(damagedDate('{ 2017 6 23')).toEqual({ iso: '2017-06-23', sure: true });
    expect(damagedDate('2021年2月22')).toEqual({ iso: '2021-02-22', sure: true });
    expect(damagedDate('2017 13 23')).toBeNull();
    expect(damagedDate('第 2017 6 23')).toBeNull();
  });

  it('文号 without brackets and 号 only after 发/办/字/函', () => {
    expect(parseDocNumber('五大发展办202211')?.docNumber).toBe('五大发展办〔2022〕11号');
    expect(parseDocNumber('某政发20233')?.damaged).toBe(true);
    expect(parseDocNumber('发布日期20230512')).toBeNull();
    expect(parseDocNumber('某县人民政府2023')).toBeNull();
  });
});
