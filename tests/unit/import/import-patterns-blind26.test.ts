import { describe, expect, it } from 'vitest';
import { load, measures } from './pattern-fixtures';

// Patterns behind the misses of blind round 26 (docs/import.md), in made-up texts of the same style.
describe('blind round 26 patterns (page chrome)', () => {
  it('a traditional page\'s "【字體:" widget is chrome: the 主送 under it is not joined to it', () => {
    const { plan } = load('blind26-traditional-font-widget');
    expect(plan.meta.mainRecipients).toEqual(['各盟行政公署、市人民政府', '各旗縣人民政府', '自治區各委、辦、廳、局']);
    expect(plan.meta.title).toBe('某自治區牧區飲水安全工程實施方案');
  });

  it('a gazette issue\'s name above a 决定 is not part of its title', () => {
    const { plan } = load('blind26-gazette-issue');
    expect(plan.meta.title).toBe('某盟行政公署关于命名第三批盟级非物质文化遗产代表性项目的决定');
    expect(plan.meta.docNumber).toMatchObject({ agency: '某署发', year: 2020, serial: 6 });
  });

  it('an empty metadata key "公开日" on its own line is not part of the title', () => {
    const { plan } = load('blind26-empty-key');
    expect(plan.meta.title).toBe('某县人民政府工作规则');
  });
});

describe('blind round 26 patterns (titles)', () => {
  it('a sharing site\'s file name above "某盟…办公室关于印发…的通知": the notice title stands alone; "目 录" is not part of the plan title', () => {
    const { plan } = load('blind26-file-name-over-notice');
    expect(plan.notice?.title).toBe('某盟行政公署办公室关于印发某盟行政公署办公室会议管理办法及会议通知式样的通知');
    expect(plan.meta.title).toBe('某盟行政公署办公室会议管理办法及会议通知式样');
  });

  it('"政 府 工 作 报 告" letter-spaced: the title ends there, the meeting line and the speaker are not part of it', () => {
    const { plan } = load('blind26-spaced-report-title');
    expect(plan.meta.title).toBe('政府工作报告');
    expect(plan.meta).toMatchObject({ signature: '某县人民政府', date: '2024-02-06' });
  });
});

describe('blind round 26 patterns (a report sent up)', () => {
  it('"关于报送《X》的报告" to one office, its page closed by "(此页无正文)" and a page number after the 附注: a wrapper handing X up', () => {
    const { plan } = load('blind26-report-sent-up');
    expect(plan.notice?.title).toBe('关于报送《某市交通运输局防汛应急预案》的报告');
    expect(plan.meta.mainRecipients).toEqual(['某市防汛防风防旱指挥部办公室']);
    expect(plan.meta).toMatchObject({ signature: '某市交通运输局', date: '2021-05-20', note: '(此件主动公开)' });
    expect(plan.meta.title).toBe('某市交通运输局防汛应急预案');
  });
});

describe('blind round 26 patterns (a report sent up, guard)', () => {
  it('a byline "… 信息来源:市政府办公室 阅读量:" names an office but is not the 主送', () => {
    const { plan } = load('blind26-byline-office');
    expect(plan.meta.mainRecipients).toEqual(['各旗县市区人民政府、开发区管委会', '市政府各委办局']);
    expect(plan.notice?.title).toBe('某市人民政府办公室关于印发《某市2020年重点任务分工方案》的通知');
  });
});

describe('blind round 26 patterns (a work report\'s review)', () => {
  it('parts under "2023年工作回顾" state results: their run-in paragraphs are no measures; those under "2024年工作安排" are', () => {
    const { plan } = load('blind26-review-heading');
    expect(measures(plan).map((m) => m.children.map((c) => c.text).join('').slice(0, 6))).toEqual(['抓好项目建设', '优化营商环境']);
  });
});
