// 条款库 search: index build and per-query time over 1,000 / 10,000 / 30,000 clauses (bar: ≤ 50 ms per
// query at 10,000, docs/product.md). Queries are what an official would type: a topic, a department, a figure.
import { ClauseIndex } from '../../main/common/clauses/clause-index';
import { clauseCorpus } from './clause-corpus';
import { loadavg } from 'node:os';

const QUERIES = [
  '标准化', '质量提升行动', '市场监督管理局', '计量 检定', '品牌建设', '食品安全', '95%', '农产品质量安全',
  '检验检测', '知识产权', '质量', '特种设备安全监管', '企业标准领跑者', '工程质量 验收合格率', '服务质量', '质量月',
  '首席质量官', '地理标志', '消费品召回', '营商环境',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}`);
console.log('| clauses | build ms | query p50 ms | p95 ms | max ms | hits per query (median) |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of [1000, 10000, 30000]) {
  const corpus = clauseCorpus(n);
  const t0 = performance.now();
  const index = new ClauseIndex(corpus);
  const build = performance.now() - t0;
  for (const q of QUERIES) index.search(q); // warm up
  const times: number[] = [];
  const hits: number[] = [];
  for (let rep = 0; rep < 10; rep++) {
    for (const q of QUERIES) {
      const t = performance.now();
      const r = index.search(q, 20);
      times.push(performance.now() - t);
      if (rep === 0) hits.push(r.length);
    }
  }
  times.sort((a, b) => a - b);
  hits.sort((a, b) => a - b);
  console.log(`| ${n.toLocaleString('en')} | ${build.toFixed(0)} | ${percentile(times, 0.5).toFixed(2)} | ${percentile(times, 0.95).toFixed(2)} | ${times[times.length - 1]!.toFixed(2)} | ${hits[hits.length >> 1]} |`);
}
