import { describe, expect, it } from 'vitest';
import { load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 22 (docs/import.md), in made-up texts of the same style.
describe('blind round 22 patterns (heads)', () => {
  it('a contact line in brackets above "(此件公开发布)": the 附注 is the 此件 line, the plan title is not glued to it', () => {
    const { plan } = load('blind22-contact-note');
    expect(plan.meta.note).toBe('(此件公开发布)');
    expect(plan.meta.title).toBe('2025年某区政务公开工作要点');
    expect(plan.meta).toMatchObject({ signature: '某市某区人民政府办公室', date: '2025-05-20' });
  });

  it('"2024年政务公开主题日活动专栏" over the notice title: a site\'s column heading, not part of the title', () => {
    const { plan } = load('blind22-column-heading');
    expect(plan.notice?.title).toBe('某市某区人民政府办公室关于印发《某区2025年“政务公开主题日”活动计划》的通知');
    expect(plan.meta.mainRecipients).toEqual(['区直相关单位']);
  });

  it('a sharing site\'s "以下是…相关范文,供您参考!" blurb: the title after it is the document\'s, the one above the site\'s', () => {
    const { plan } = load('blind22-sharing-blurb');
    expect(plan.meta.title).toBe('县农业农村局2024年工作计划');
  });

  it('"文件名称 | …的通知 |" and "公开责任部门 | …" table rows: metadata, so the notice copied without title or 主送 is read', () => {
    const { plan } = load('blind22-file-name-table');
    expect(plan.meta).toMatchObject({ signature: '某县人民政府', date: '2025-03-20', title: '某县2025年国民经济和社会发展计划' });
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政发', year: 2025, serial: 3 });
  });
});

describe('blind round 22 patterns (measures)', () => {
  it('"现將…目標任務責任分解給你們…通知如下:" then 一、二、三、: the notice\'s requirements, no measures', () => {
    const { plan } = load('blind22-decomposition-handover');
    expect(measures(plan)).toEqual([]);
    expect(plan.meta.title).toBe('某市人民政府辦公室關于2025年市《政府工作報告》目標任務責任分解的通知');
  });

  it('"(一)标题" over one paragraph of "一是…。二是…。": the heading is the task, the parts its text', () => {
    const { plan } = load('blind22-parted-group');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).split('。')[0])).toEqual(['突出发挥县食安办统筹协调作用', '强化特种设备安全监管']);
    expect(text(ms[0]!)).toContain('二是持续开展专项整治');
  });

  it('"(二)明确“两大目标”。" without a figure frames the plan; "(三)突出“三大重点”" over 一是/二是 parts heads them', () => {
    const { plan } = load('blind22-ordinal-parts-heading');
    const ms = measures(plan);
    expect(ms.map((m) => text(m).slice(0, 6))).toEqual(['抓好森林防火', '推进国土绿化', '发展林下经济']);
    expect(plan.sections.flatMap((s) => s.body).filter((b) => b.type === 'item' && b.role === 'target')).toEqual([]);
  });

  it('"——基层基础方面:…" after a line wrapped at the page\'s width: a target of its own', () => {
    const { plan } = load('blind22-dash-aims');
    const targets = plan.sections.flatMap((s) => s.body).filter((b) => b.type === 'item' && b.role === 'target');
    expect(targets.map((t) => text(t as never).slice(0, 8))).toEqual(['——安全生产方面', '——应急救援方面', '——基层基础方面']);
  });
});
