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
});
