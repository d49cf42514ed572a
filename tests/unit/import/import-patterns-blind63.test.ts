import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

const units = (m: { leadUnits: string[]; supportUnits: string[] }) => [...m.leadUnits, ...m.supportUnits];

// Patterns behind the misses of blind round 63 (docs/import.md, blind round 63), in made-up texts of the same style.
describe('blind round 63 patterns (任务分解表, 任务清单 and 完成情况表 as page text)', () => {
  it('a 民生实事 table set one cell a line ("民生实事" heading), a task split in two under one merged 责任单位 cell', () => {
    const { plan } = load('blind63-shishi-split-task');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['新建城北污水', '改造老旧小区', '建成乡镇敬老', '启用县老年活', '新增公办幼儿']);
    expect(ms.map(units)).toEqual([['县水务局', '县住建局'], ['县住建局'], ['县民政局'], ['县民政局'], ['县教育局']]);
    expect(ms[3]!.deadline).toBe('12月底前');
  });

  it('an assessment list: 考核项目 group column, a bare 单位 column of measure, merged 考核指标, names placed from the row\'s end', () => {
    const { plan } = load('blind63-assessment-list');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual(['粮食播种面积', '粮食总产量', '耕地保护责任制', '建设数字农场']);
    expect(ms.map(units)).toEqual([['县农业农村局', '县发展和改革局'], ['县农业农村局', '县发展和改革局'], ['县自然资源局'], ['县农业农村局']]);
  });

  it('a progress table whose project holds several items, each a row with its own unit: one task each', () => {
    const { plan } = load('blind63-project-items');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual([
      '新增城镇就业', '提高社会保障水平：完成城乡居民参保人数8000人', '提高社会保障水平：发放高龄津贴2000人', '改造农村危房',
    ]);
    expect(ms.map(units)).toEqual([['区人社局'], ['区人社局'], ['区民政局'], ['区住建局']]);
  });

  it('a table whose cells are set apart by spaces, with a third role column and 党委和人民政府 / zones sharing their organs', () => {
    const { plan } = load('blind63-spaced-table');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual(['严格湖泊水域空间管控', '强化湖泊岸线管理保护']);
    expect(ms.map(units)).toEqual([
      ['市水务局', '市自然资源局', '生态环境局', '各县(市、区)党委和人民政府', '经济开发区、高新区党工委和管委会'],
      ['市水务局', '市自然资源局', '各县(市、区)党委和人民政府'],
    ]);
  });

  it('a "欢迎来到…" banner is chrome; a notice title over the plan\'s own heading (…分解表 for the 分解方案 it names) takes the heading', () => {
    const { plan, report } = load('blind63-spaced-table');
    expect(report.droppedLines).toContain('欢迎来到某市水务局!');
    expect(plan.notice?.title).toBe('某市河长制办公室关于印发《某市全面推行湖长制主要任务分解方案》的通知');
    expect(plan.meta.title).toBe('某市全面推行湖长制主要任务分解表');
  });

  it('a title-only item over points the copy cut before its units line is a task, as its titled sibling above', () => {
    const { plan } = load('blind63-cut-titled-task');
    expect(measures(plan).map((m) => text(m))).toEqual(['完善灾害监测网络', '健全预警信息发布机制']);
    expect(units(measures(plan)[0]!)).toEqual(['市应急局', '市气象局', '各县(市、区)人民政府']);
  });
});
