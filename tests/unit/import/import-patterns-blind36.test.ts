import { describe, expect, it } from 'vitest';
import { items, load, measures, text } from './pattern-fixtures';

// Patterns behind the misses of blind round 36 (docs/import.md, blind round 36), in made-up texts of the same style.
describe('blind round 36 patterns (east and north China counties)', () => {
  it('"(A主办,B协办)" names the lead and the partners, as "(A牵头,B配合)" does', () => {
    const { plan } = load('blind36-host-and-assist');
    const ms = measures(plan);
    expect(ms.map((m) => m.leadUnits)).toEqual([['区商务局', '区财政局'], ['区商务局'], ['区数据局']]);
    expect(ms.map((m) => m.supportUnits)).toEqual([[], ['相关街道'], ['区政务服务中心', '区市场监管局']]);
  });

  it('the numbered items under a "主要预期目标" line are targets, a figure written or not, until the next row title', () => {
    const { plan } = load('blind36-expected-results-cells');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t).slice(0, 8))).toEqual(['地区生产总值增长', '一般公共预算收入', '安全生产形势平稳']);
    expect(measures(plan).map((m) => text(m).slice(0, 8))).toEqual(['推进智能制造产业']);
  });

  it('a notice, its closing and its plan glued on one line with no spaces are split back', () => {
    const { plan } = load('blind36-glued-notice-line');
    expect(plan.notice?.title).toBe('某某市某某区人民政府关于印发某某区全民健身行动实施方案的通知');
    expect(plan.meta.mainRecipients).toEqual(['各街镇', '各委局、各单位']);
    expect([plan.meta.signature, plan.meta.date, plan.meta.title]).toEqual(['某某市某某区人民政府', '2025-02-26', '某某区全民健身行动实施方案']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['完善健身设施', '丰富赛事活动']);
  });

  it('a traditional copy: "(共36項)" is no part of the title; a 主要預期目標 group makes its rows targets; the 任务 column holds the task', () => {
    const { plan } = load('blind36-traditional-targets-table');
    expect(plan.meta.title).toBe('區政府2026年重點工作目標任務分解落實方案');
    const targets = items(plan).filter((i) => i.role === 'target');
    expect(targets.map((t) => text(t).slice(0, 6))).toEqual(['地區生產總值', '一般公共預算']);
    expect(measures(plan).map((m) => text(m).slice(0, 6))).toEqual(['推進智能製造']);
  });
});
