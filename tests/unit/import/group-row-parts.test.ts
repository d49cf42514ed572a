import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../main/common/import/import-plan';

const TABLE = [
  '某县2025年质量工作任务分解表',
  '序号 | 工作任务 | 牵头单位 | 配合单位 |',
  '一、强化质量基础 |',
  '1 | 开展计量器具强制检定 | 县市场监管局 | 县财政局 |',
  '2 | 推进标准化试点建设 | 县市场监管局 | 县农业农村局 |',
  '二、提升服务质量 |',
  '3 | 开展窗口服务质量评价 | 县政务服务中心 | 各乡镇人民政府 |',
];

function read(lines: readonly string[]) {
  const r = importPlan(lines.map((text) => ({ text })));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value.plan;
}

describe('a plan that is only a 任务分解表: its group rows are its parts', () => {
  it('group rows 一、二、 over task rows become parts holding those tasks', () => {
    const plan = read(TABLE);
    expect(plan.sections.map((s) => [s.title, s.body.map((b) => (b.type === 'item' ? b.leadUnits[0] : b.type))])).toEqual([
      ['强化质量基础', ['县市场监管局', '县市场监管局']],
      ['提升服务质量', ['县政务服务中心']],
    ]);
  });

  it('not when the text has headings of its own: the table stays where it is, its group rows as paragraphs', () => {
    const plan = read(['某县2025年质量工作方案', '一、总体要求', '坚持质量第一。', '二、重点任务', ...TABLE.slice(1)]);
    expect(plan.sections.map((s) => s.title)).toEqual(['总体要求', '重点任务']);
  });

  it('not when the group rows are out of order or a single one', () => {
    expect(read(TABLE.map((l) => l.replace('二、', '三、'))).sections).toEqual([]);
    expect(read(TABLE.slice(0, 5)).sections).toEqual([]);
  });
});
