import { describe, expect, it } from 'vitest';
import { load, items, measures, text } from './pattern-fixtures';

const units = (plan: Parameters<typeof measures>[0]) => measures(plan).map((m) => [m.leadUnits, m.supportUnits]);
const starts = (plan: Parameters<typeof measures>[0], n = 6) => measures(plan).map((m) => text(m).slice(0, n));

// Patterns behind the misses of blind round 13 (docs/import.md), in made-up texts of the same style.
describe('blind round 13 patterns', () => {
  it('"--" items each followed by 责任单位/配合单位 lines are measures; the (二)(三) groups of a copy starting there stay groups', () => {
    const { plan } = load('blind13-dash-items');
    expect(starts(plan)).toEqual(['完成全区河道', '推进城镇污水', '开展生态村创', '推进农村生活']);
    expect(units(plan)).toEqual([[['区水务局'], ['各镇', '街道']], [['区水务局', '区环保局'], []], [['区环保局'], ['各相关镇']], [[], []]]);
    expect(plan.sections.map((s) => s.title)).toEqual(['进一步加强水环境治理', '进一步加强生态环境建设']);
  });

  it('a page heading closed by its 文号 is whole; "(A、B(C)。列第一位者为牵头部门,下同)" gives A and B(C), A leading', () => {
    const { plan } = load('blind13-title-number-heading');
    expect(plan.notice?.title).toBe('某市某区人民政府办公室关于印发某区2023年大气污染防治实施计划的通知');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2023, serial: 5 });
    expect(units(plan)).toEqual([[['区经信局'], ['区发改局(区能源办)']], [['区市场监管局'], ['区生态环境分局']]]);
  });

  it('"发文文号: … 发布机关: …" pairs give the 文号', () => {
    const { plan } = load('blind13-metadata-pairs');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办发', year: 2023, serial: 9 });
    expect(plan.meta.title).toBe('2023年重点工作责任分解');
  });

  it('"转发区生态环境局关于《X》的通知" forwards X; parts that are one paragraph and a units line are tasks; an annex task table does not shift them', () => {
    const { plan } = load('blind13-forwarded-parts');
    expect(plan.meta.title).toBe('某区创建国家生态文明示范区重点问题整治方案');
    expect(plan.meta.issuer).toBe('某区人民政府办公室');
    expect(starts(plan, 4)).toEqual(['加强宣传', '做好迎检']);
    expect(units(plan)[1]![0]).toEqual(['各镇', '街道', '区水务局', '区生态环境局']);
    // The annex row "某农场垃圾堆场污染点治理" pairs with no measure: its 备注 is added to none.
    expect(JSON.stringify(measures(plan))).not.toContain('生态修复');
  });

  it('a run-in "(二)发展目标。2024年…" with figures and a 总体要求 paragraph "到2026年,…达到60家" are targets', () => {
    const { plan } = load('blind13-stated-targets');
    const targets = items(plan).filter((i) => i.role === 'target').map((i) => text(i).slice(0, 8));
    expect(targets).toEqual(['发展目标。202', '到2026年,基']);
    expect(starts(plan, 8)).toEqual(['加快特色产业集聚']);
  });

  it('under 总体要求, the sentence from "2024年,…均提高3%" on is a target, the requirements before it stay text', () => {
    const { plan } = load('blind13-requirements-targets');
    expect(items(plan).filter((i) => i.role === 'target').map((i) => text(i))).toEqual(['2024年,各县(市、区)环境空气质量优良率在2023年基础上均提高3%。']);
    expect(JSON.stringify(plan.sections[0]!.body)).toContain('持续改善大气环境质量');
  });

  it('a screen reader hint is chrome; a byline run into the 主送 is split; 抄送 and 印发 lines before the attachment are the 版记', () => {
    const { plan, report } = load('blind13-imprint-before-attachment');
    expect(report.droppedLines).toContain('正文内容区域请使用tab按钮切换浏览');
    expect(plan.notice?.title).toBe('关于印发2023年生态环境保护任务清单的通知');
    expect(plan.meta.mainRecipients).toEqual(['各相关部门']);
    expect(plan.meta).toMatchObject({ copyTo: ['区委办', '区人大办', '区政协办'], printer: '某区生态环境局办公室', printDate: '2023-04-28' });
    expect(plan.meta.title).toBe('2023年生态环境保护任务清单');
  });

  it('a .doc copied as one line (wrap spaces, "2022 年 4 月 8 日", "7 号", "—1—") is split back into its head and plan', () => {
    const { plan } = load('blind13-doc-one-line');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某政办字', year: 2022, serial: 7 });
    expect(plan.meta).toMatchObject({ signature: '某市人民政府办公室', date: '2022-04-08', note: '(此件公开发布)' });
    expect(plan.meta.mainRecipients).toEqual(['各镇人民政府', '各街道办事处', '市政府有关部门']);
    expect(plan.meta.title.replace(/\s/g, '')).toBe('某市建设健康城市三年行动实施方案(2022—2024年)');
  });

  it('a table set one cell a line that lost its merged cells: cells placed by kind, missing ones taken from the row above', () => {
    const { plan } = load('blind13-merged-cells');
    expect(starts(plan)).toEqual(['全年开展送戏', '完成乡镇综合', '开展全民阅读', '开展专项整治', '规范网吧经营', '新建旅游厕所']);
    expect(measures(plan).map((m) => m.leadUnits)).toEqual([
      ['文化股', '文化馆', '图书馆'], ['文化股', '文化馆'], ['文化股', '文化馆'], ['执法大队'], ['执法大队'], ['旅游股'],
    ]);
    expect(measures(plan).map((m) => m.deadline)).toEqual(['12月底前', '12月底前', '12月底前', '12月底前', '12月底前', '6月底']);
  });

  it('a table set one cell a line with a first column (领域) before 序号 and a two-level header: labels are group rows, sub-headings replace their parents', () => {
    const { plan } = load('blind13-labelled-table');
    expect(plan.meta.title).toBe('某区2023年环境保护任务清单');
    expect(starts(plan)).toEqual(['完成河道水质', '推进雨污混接', '开展扬尘污染']);
    expect(units(plan)).toEqual([[['区水务局'], ['区生态环境局']], [['区建设管理委'], ['各街道']], [['区建设管理委'], ['区城管执法局']]]);
  });
});
