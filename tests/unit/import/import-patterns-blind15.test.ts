import { describe, expect, it } from 'vitest';
import { load, items, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [...m.leadUnits, ...m.supportUnits]);
const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 15 (docs/import.md), in made-up texts of the same style.
describe('blind round 15 patterns', () => {
  it('a table set one cell a line with "|" lines, no 序号 heading and a first column labelling groups: the rows are measures', () => {
    const { plan } = load('blind15-unheaded-number-column');
    expect(starts(plan)).toEqual(['对本局规范性', '对本局起草的', '每季度更新一']);
    expect(units(plan)).toEqual([['法规股'], ['各股室'], ['办公室']]);
  });

  it('a copy that starts at its notice\'s end: chrome dropped, the joint 署名, the spaced date and the plan title read; a wrapped units line kept whole', () => {
    const { plan, report } = load('blind15-notice-tail');
    expect(report.droppedLines).toEqual(expect.arrayContaining(['电脑桌面', '添加某某网到电脑桌面', '安装后可以在桌面快捷访问', '— — — 2 —']));
    expect(plan.meta).toMatchObject({ signature: '中共某市某区委办公室、某市某区人民政府办公室', date: '2021-05-08' });
    expect(plan.meta.title).toBe('某区落实《关于加强社区治理的意见》的任务分工方案');
    expect(plan.notice).toBeNull();
    expect(starts(plan)).toEqual(['健全街道党工', '推进社区党组']);
    expect(units(plan)[0]).toEqual(['区委组织部', '区民政局', '区委社会工委', '各街道党工委']);
  });

  it('"文号 某政办函〔2022〕7号 成文日期: …": a key without its colon opening a line of keys with theirs', () => {
    const { plan } = load('blind15-metadata-key-without-colon');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办函', year: 2022, serial: 7 });
    expect(plan.meta.mainRecipients).toEqual(['各镇人民政府', '县政府各工作部门']);
  });

  it('a township plan with no heading: its "——X。…" paragraphs are its measures', () => {
    const { plan } = load('blind15-township-plan');
    expect(plan.meta.title).toBe('某乡人民政府2024年工作计划');
    expect(starts(plan, 8)).toEqual(['让特色产业“兴起', '让人居环境“美起']);
  });

  it('"一是…。" / "二是…。" parts: the projects under the first are its measures, the second is its own run-in measure', () => {
    const { plan } = load('blind15-ordinal-parts');
    expect(plan.sections.map((s) => s.title)).toEqual(['扎实推进产业发展', '全面加强基层治理']);
    expect(starts(plan)).toEqual(['食用菌产业园', '冷链仓储项目', '全面加强基层']);
  });

  it('under 目标要求 a stage opened by its deadline with no figure is no target; one with a figure is', () => {
    const { plan } = load('blind15-stage-without-figure');
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 10))).toEqual(['2022年年底前,全']);
    expect(starts(plan)).toEqual(['编制公开事项']);
  });
});
