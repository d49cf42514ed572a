import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ClauseSchema, clauseText } from '../../../main/common/clauses/clause';
import { ClauseIndex, mergeHits } from '../../../main/common/clauses/clause-index';
import { queryTerms, tokens } from '../../../main/common/clauses/cjk-tokens';
import { collectClauses } from '../../../main/common/clauses/collect-clauses';
import { parsePlanText } from '../../../main/common/model/parse-plan';
import type { Plan } from '../../../main/common/model/plan';

function fixture(): Plan {
  const r = parsePlanText(readFileSync(fileURLToPath(new URL('../../fixtures/reuse/last-year.plan.json', import.meta.url)), 'utf8'));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

describe('CJK tokens', () => {
  it('bigrams inside CJK runs, words for Latin and digits, punctuation splits', () => {
    expect(tokens('标准引领，95%以上')).toEqual(['标准', '准引', '引领', '95%', '以上']);
    expect(tokens('县')).toEqual(['县']);
    expect(tokens('ＰＭ２.５浓度')).toEqual(['pm2.5', '浓度']);
  });
  it('query terms split on spaces and list punctuation', () => {
    expect(queryTerms(' 计量  检定，品牌 ')).toEqual(['计量', '检定', '品牌']);
  });
});

describe('collectClauses', () => {
  const clauses = collectClauses(fixture(), { origin: 'plan', planId: 'p-x', key: 'p-x' });
  it('every measure and paragraph with its units and section path; short fragments left out', () => {
    for (const c of clauses) expect(ClauseSchema.safeParse(c).success).toBe(true);
    const m1 = clauses.find((c) => c.lead === '强化标准引领。')!;
    expect(m1.leadUnits).toEqual(['县市场监督管理局']);
    expect(m1.supportUnits).toEqual(['县农牧局']);
    expect(m1.source).toEqual({ origin: 'plan', planId: 'p-x', plan: '某县2025年推进质量强县工作行动计划', year: 2025, section: '重点任务' });
    expect(clauses.some((c) => c.kind === 'paragraph' && c.source.section === '制定依据')).toBe(true);
    expect(clauses.some((c) => c.body === '新增地理标志商标2件。')).toBe(false); // 11 characters: a fragment
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
  });
});

describe('ClauseIndex', () => {
  const clauses = collectClauses(fixture(), { origin: 'plan', planId: 'p-x', key: 'p-x' });
  const index = new ClauseIndex(clauses);
  it('finds a clause by a phrase of its text, best first', () => {
    const hits = index.search('对标达标');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.clause.lead).toBe('强化标准引领。');
  });
  it('every part of a multi-term query counts; a unit name is searchable', () => {
    expect(index.search('农产品 追溯')[0]!.clause.lead).toBe('开展农产品质量追溯。');
    expect(index.search('县农牧局').map((h) => h.clause.lead)).toContain('开展农产品质量追溯。');
  });
  it('a query sharing no bigram finds nothing; an empty query nothing', () => {
    expect(index.search('航空航天')).toEqual([]);
    expect(index.search('  ')).toEqual([]);
  });
  it('most of the bigrams must match: a query mostly about something else finds nothing', () => {
    expect(index.search('标准化研究院院士工作站')).toEqual([]);
  });
  it('merging indexes drops a text seen twice and keeps the best first', () => {
    const copy = new ClauseIndex(clauses.map((c) => ({ ...c, id: `copy:${c.id}` })));
    const merged = mergeHits([index.search('标准'), copy.search('标准')], 10);
    const texts = merged.map((h) => clauseText(h.clause));
    expect(new Set(texts).size).toBe(texts.length);
    expect(merged.map((h) => h.score)).toEqual([...merged.map((h) => h.score)].sort((a, b) => b - a));
  });
});

describe('adaptUnits', () => {
  it('a county department of another county-level unit takes this plan’s unit word; others stay', async () => {
    const { adaptUnits } = await import('../../../main/common/clauses/adapt-units');
    expect(adaptUnits(['县市场监督管理局', '旗农牧局', '市工业和信息化局', '各苏木镇人民政府', '县委宣传部x'], '旗'))
      .toEqual(['旗市场监督管理局', '旗农牧局', '市工业和信息化局', '各苏木镇人民政府', '县委宣传部x']);
    expect(adaptUnits(['县市场监督管理局'], '市')).toEqual(['县市场监督管理局']);
  });
});
