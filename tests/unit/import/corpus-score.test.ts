import { describe, expect, it } from 'vitest';
import { scoreDocument } from '../../../main/common/import/eval/corpus-score';
import { CorpusTruthSchema } from '../../../main/common/import/eval/corpus-truth';
import { importPlan } from '../../../main/common/import/import-plan';
import { Plan } from '../../../main/common/model/plan';

const norm = (s: string) => s.replace(/\s/g, '');
const truth = CorpusTruthSchema.parse({
  source: 'https://example.org/plan', level: 'county',
  measures: [{ text: '编制重大项目清单', units: ['区发改局'] }, { text: '开展环境卫生综合整治', units: ['区卫健局'] }],
});
const src = ['2025年区政府重点工作', '一、区发改局牵头工作', '1.编制重大项目清单。', '二、其他重点工作', '2.开展环境卫生综合整治。（区卫健局负责）'].join('\n');

describe('corpus scorer', () => {
  it('scores the units the plan gives a measure: the importer puts the part\'s lead unit on it, the scorer credits nothing itself', () => {
    const r = importPlan(src);
    if (!r.ok) throw new Error(r.error.detail);
    expect(scoreDocument('x', r.value.plan, truth, norm).units).toEqual({ tp: 2, fp: 0, fn: 0 });
    // A plan whose measure has no unit of its own scores a miss, though its part has an assignee.
    const first = Plan.items(r.value.plan).find((l) => l.item.role === 'measure')!;
    expect(first.section?.assignee ?? r.value.plan.sections[first.topIndex]!.assignee).toBe('区发改局');
    first.item.leadUnits = [];
    const score = scoreDocument('x', r.value.plan, truth, norm);
    expect(score.units).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.misses).toContain('单位不符：编制重大项目清单 期望“区发改局” 实际“（无）”');
  });

  it('reads a task paragraph that is all its group holds as its 任务分解表 row does: by the group heading or its own words', () => {
    const text = ['某县燃气安全整治方案', '一、主要任务', '（一）规范燃气收费行为', '加强燃气工程安装收费监管，整治违规收费。（县市场监管局负责）',
      '（二）推进智能监管', '1.提升气瓶充装监管水平。推进充装信息化记录。（县市场监管局负责）', '2.实施燃气器具追溯管理。探索产品质量追溯。（县市场监管局负责）'].join('\n');
    const r = importPlan(text);
    if (!r.ok) throw new Error(r.error.detail);
    const byHeading = CorpusTruthSchema.parse({ source: 'x', level: 'county', measures: [
      { text: '规范燃气收费行为', units: ['县市场监管局'] }, { text: '提升气瓶充装监管水平', units: ['县市场监管局'] }, { text: '实施燃气器具追溯管理', units: ['县市场监管局'] }] });
    expect(scoreDocument('x', r.value.plan, byHeading, norm).measures).toEqual({ tp: 3, fp: 0, fn: 0 });
    const byWords = CorpusTruthSchema.parse({ ...byHeading, measures: [{ text: '加强燃气工程安装收费监管', units: ['县市场监管局'] }, ...byHeading.measures.slice(1)] });
    expect(scoreDocument('x', r.value.plan, byWords, norm).measures).toEqual({ tp: 3, fp: 0, fn: 0 });
    // A group heading over numbered tasks names none of them: a truth starting with it finds nothing.
    const wrong = CorpusTruthSchema.parse({ ...byHeading, measures: [{ text: '推进智能监管', units: [] }] });
    expect(scoreDocument('x', r.value.plan, wrong, norm).measures.tp).toBe(0);
  });
});
